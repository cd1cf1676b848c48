//! Reading the documents named on the command line, and standard input (`-`).
//!
//! A regular file is read whole: its size is known before reading, and
//! memory stays within a small multiple of it. Standard input, a FIFO, a
//! socket or a device has no size known beforehand and may never end, so it
//! is read up to [`STREAM_LIMIT`] bytes (1 GiB, room for the million-step
//! synthetic concept of the benchmarks); more is refused with a message.

use std::io::Read;
use std::path::Path;

use benn_core::Lang;

/// The most bytes read from standard input, a FIFO or a device: 1 GiB.
pub(crate) const STREAM_LIMIT: u64 = 1 << 30;

/// [`STREAM_LIMIT`] for people.
pub(crate) const STREAM_LIMIT_TEXT: &str = "1 GiB";

/// Environment variable that lowers (or raises) [`STREAM_LIMIT`], in bytes:
/// for tests, and for machines with little memory.
pub(crate) const STREAM_LIMIT_VAR: &str = "BENN_STDIN_LIMIT";

/// The name that stands for standard input in messages and reports.
pub(crate) const STDIN_NAME: &str = "<stdin>";

/// One document as read.
#[derive(Debug)]
pub(crate) struct Input {
    /// The name for messages: the path (non-UTF-8 bytes replaced), or
    /// [`STDIN_NAME`].
    pub(crate) name: String,
    /// Whether it came from standard input.
    pub(crate) is_stdin: bool,
    /// Its bytes.
    pub(crate) bytes: Vec<u8>,
}

/// Whether `path` stands for standard input.
pub(crate) fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Checks the file arguments of a subcommand before anything is read: `-`
/// (standard input) at most once. Returns the size limit for streams.
pub(crate) fn check_files(files: &[std::path::PathBuf], lang: Lang) -> Result<u64, String> {
    if files.iter().filter(|f| is_stdin(f)).count() > 1 {
        return Err(tr!(
            lang,
            "`-` (Standardeingabe) darf nur einmal stehen",
            "`-` (standard input) may be given only once"
        ));
    }
    stream_limit(lang)
}

/// The size limit for streams: [`STREAM_LIMIT`] or the value of
/// [`STREAM_LIMIT_VAR`]. A value that is not a number is an error.
fn stream_limit(lang: Lang) -> Result<u64, String> {
    match std::env::var_os(STREAM_LIMIT_VAR) {
        None => Ok(STREAM_LIMIT),
        Some(v) => v.to_str().and_then(|v| v.parse().ok()).ok_or_else(|| {
            let v = v.to_string_lossy();
            tr!(
                lang,
                "{STREAM_LIMIT_VAR}=`{v}` ist keine Anzahl von Bytes",
                "{STREAM_LIMIT_VAR}=`{v}` is not a number of bytes"
            )
        }),
    }
}

/// Reads `path` (`-`: standard input). The error is a message for `benn:`
/// on standard error, in `lang`; the caller exits with status 2.
pub(crate) fn load(path: &Path, limit: u64, lang: Lang) -> Result<Input, String> {
    if is_stdin(path) {
        let bytes = read_bounded(std::io::stdin().lock(), STDIN_NAME, limit, lang)?;
        return Ok(Input {
            name: STDIN_NAME.to_owned(),
            is_stdin: true,
            bytes,
        });
    }
    let name = path.display().to_string();
    let cannot_read = |e: &std::io::Error| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => tr!(lang, "Datei nicht gefunden", "file not found"),
            std::io::ErrorKind::PermissionDenied => {
                tr!(lang, "keine Leseberechtigung", "permission denied")
            }
            _ => e.to_string(),
        };
        tr!(
            lang,
            "`{name}` kann nicht gelesen werden: {reason}",
            "cannot read `{name}`: {reason}"
        )
    };
    let meta = std::fs::metadata(path).map_err(|e| cannot_read(&e))?;
    if meta.is_dir() {
        return Err(tr!(
            lang,
            "`{name}` ist ein Verzeichnis; geben Sie Dateien an, z. B. `{name}/*.json`",
            "`{name}` is a directory; give files, e.g. `{name}/*.json`"
        ));
    }
    let bytes = if meta.is_file() {
        std::fs::read(path).map_err(|e| cannot_read(&e))?
    } else {
        let file = std::fs::File::open(path).map_err(|e| cannot_read(&e))?;
        read_bounded(file, &name, limit, lang)?
    };
    Ok(Input {
        name,
        is_stdin: false,
        bytes,
    })
}

/// Reads at most `limit` bytes; one byte more is an error.
fn read_bounded(reader: impl Read, name: &str, limit: u64, lang: Lang) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| {
            tr!(
                lang,
                "`{name}` kann nicht gelesen werden: {e}",
                "cannot read `{name}`: {e}"
            )
        })?;
    if u64::try_from(bytes.len()).map_or(true, |n| n > limit) {
        let limit = size_text(limit);
        return Err(tr!(
            lang,
            "`{name}` ist größer als {limit}, die Grenze für Standardeingabe, FIFOs und Geräte; speichern Sie das Dokument in einer Datei und geben Sie diese an",
            "`{name}` is larger than {limit}, the limit for standard input, FIFOs and devices; save the document to a file and give that"
        ));
    }
    Ok(bytes)
}

/// `1073741824` → `1 GiB`, `300` → `300 B`.
fn size_text(bytes: u64) -> String {
    const UNITS: [(u64, &str); 3] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    for (size, unit) in UNITS {
        if bytes >= size && bytes % size == 0 {
            return format!("{} {unit}", bytes / size);
        }
    }
    format!("{bytes} B")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_text(STREAM_LIMIT), STREAM_LIMIT_TEXT);
        assert_eq!(size_text(4096), "4 KiB");
        assert_eq!(size_text(3 << 20), "3 MiB");
        assert_eq!(size_text(4097), "4097 B");
        assert_eq!(size_text(0), "0 B");
    }

    #[test]
    fn a_stream_is_cut_one_byte_past_the_limit() {
        assert_eq!(read_bounded(&b"abc"[..], "x", 3, Lang::En).unwrap(), b"abc");
        let e = read_bounded(std::io::repeat(0), "x", 10, Lang::En).unwrap_err();
        assert!(e.starts_with("`x` is larger than 10 B"), "{e}");
    }
}
