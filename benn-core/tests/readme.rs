//! The README's table of finding codes is the registry's.
//! Refresh it with `BENN_BLESS=1 cargo test -p benn-core --test readme`.

use std::fmt::Write as _;
use std::path::Path;

use benn_core::Code;

const START: &str = "<!-- codes:start -->\n";
const END: &str = "<!-- codes:end -->";

fn table() -> String {
    let mut t = String::from("| code | severity | Bedeutung | meaning |\n|---|---|---|---|\n");
    for code in Code::ALL {
        let _ = writeln!(
            t,
            "| `{}` | {} | {} | {} |",
            code.as_str(),
            code.severity(),
            code.description_de(),
            code.description_en()
        );
    }
    t
}

#[test]
fn readme_lists_every_code() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme
        .find(START)
        .expect("README has the codes:start marker")
        + START.len();
    let end = readme.find(END).expect("README has the codes:end marker");
    let current = &readme[start..end];
    if current != table() && std::env::var_os("BENN_BLESS").is_some() {
        let updated = format!("{}{}{}", &readme[..start], table(), &readme[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert_eq!(
        current,
        table(),
        "README codes table is stale; run with BENN_BLESS=1"
    );
}
