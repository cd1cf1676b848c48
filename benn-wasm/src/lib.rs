//! WebAssembly bindings. Only conversions live here.
