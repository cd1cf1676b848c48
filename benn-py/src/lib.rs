//! Python bindings: `benn._benn`. Only conversions live here.
