//! One declaration per struct of the format: [`record!`] emits the struct
//! (with `serde` and, under the `schema` feature, `schemars` derives) AND its
//! decoder with positions, from the same field list. A new field is one edit.
//!
//! Each field is `name: Type = required | optional | list`:
//! - `required`: must be present (`null` is a type mismatch);
//! - `optional`: the type is `Option<T>`; absent or `null` is `None`, left out when written;
//! - `list`: the type is `Vec<T>`; absent is empty, left out when written empty.
//!
//! Attributes on a field (doc comments, `#[serde(serialize_with = …)]`,
//! `#[cfg_attr(feature = "schema", schemars(…))]`) pass through to the struct.

/// How a field of a record is read and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldKind {
    /// Must be present.
    Required,
    /// `Option<T>`: may be absent.
    Optional,
    /// `Vec<T>`: absent is empty.
    List,
}

/// The `T` of an optional field's `Option<T>`, so the declaration names the
/// field's real type once.
pub(crate) trait OptionalField {
    /// The type inside the `Option`.
    type Inner;
}

impl<T> OptionalField for Option<T> {
    type Inner = T;
}

/// Declares a record of the format; see the module documentation.
///
/// `record! { root("format_version"); … }` also emits `ROOT_FIELD_NAMES`, the
/// field names preceded by the document's own key (read by the caller's
/// `extra` handler of `decode_record`).
///
/// `record! { split; … }` declares a record whose long lists may be read on
/// two threads ([`Decode::SPLIT`](crate::json::decode::Decode::SPLIT); the
/// entries of a log).
macro_rules! record {
    (
        root($vkey:literal);
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* $field:ident : $fty:ty = $kind:ident ),* $(,)?
        }
    ) => {
        $crate::model::record::record! {
            $(#[$meta])*
            pub struct $name { $( $(#[$fmeta])* $field : $fty = $kind ),* }
        }
        impl $name {
            /// The document's top-level keys: its own key, then the record's fields.
            pub(crate) const ROOT_FIELD_NAMES: &'static [&'static str] =
                &[$vkey, $(stringify!($field)),*];
        }
    };
    (
        split;
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* $field:ident : $fty:ty = $kind:ident ),* $(,)?
        }
    ) => {
        $crate::model::record::record! { @record [true]
            $(#[$meta])*
            pub struct $name { $( $(#[$fmeta])* $field : $fty = $kind ),* }
        }
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* $field:ident : $fty:ty = $kind:ident ),* $(,)?
        }
    ) => {
        $crate::model::record::record! { @record [false]
            $(#[$meta])*
            pub struct $name { $( $(#[$fmeta])* $field : $fty = $kind ),* }
        }
    };
    (
        @record [$split:literal]
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* $field:ident : $fty:ty = $kind:ident ),* $(,)?
        }
    ) => {
        $crate::model::record::record!(@struct [$(#[$meta])*] $name []
            $( $(#[$fmeta])* $field : $fty = $kind, )*);

        impl $name {
            /// Every field with how it is read (the one table decoder and schema share).
            #[allow(dead_code)]
            pub(crate) const FIELDS: &'static [(&'static str, $crate::model::record::FieldKind)] =
                &[$( (stringify!($field), $crate::model::record::record!(@kind $kind)) ),*];
            /// The field names, in declaration order.
            pub(crate) const FIELD_NAMES: &'static [&'static str] = &[$(stringify!($field)),*];

            /// Reads the object at the parser with the known keys `names`;
            /// keys that are not fields of the record go to `extra`. Returns
            /// the record (when every field is right) and the object's offset,
            /// or `None` when the value was no object.
            #[allow(clippy::too_many_lines, clippy::needless_update)]
            pub(crate) fn decode_record<F>(
                d: &mut $crate::format::decode::Decoder<'_>,
                names: &'static [&'static str],
                mut extra: F,
            ) -> $crate::format::decode::R<Option<(Option<Self>, usize)>>
            where
                F: FnMut(
                    &mut $crate::format::decode::Decoder<'_>,
                    &'static str,
                ) -> $crate::format::decode::R<()>,
            {
                #[allow(unused_imports)]
                use $crate::format::decode::{Decode, Slot};
                // The decoder passes the key's index in `names`, which ends with
                // the fields: fields are told apart by number, not by text again.
                #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
                enum Field { $($field),* }
                // Optional and list fields are read straight into their final
                // type (an invalid value clears `ok`); only required fields
                // need a slot, to tell missing from invalid.
                $( let mut $field: $crate::model::record::record!(@slot $kind, $fty) =
                    $crate::model::record::record!(@empty $kind); )*
                let mut ok = true;
                debug_assert!(names.ends_with(Self::FIELD_NAMES));
                let offset = names.len().saturating_sub(Self::FIELD_NAMES.len());
                let at = d.object(names, |d, i, key| {
                    let field = i.wrapping_sub(offset);
                    $( if field == Field::$field as usize {
                        $crate::model::record::record!(@read $kind, d, $fty, $field, ok);
                        return Ok(());
                    } )*
                    extra(d, key)
                })?;
                let Some(at) = at else { return Ok(None) };
                $( let $field = $crate::model::record::record!(@finish $kind, d, at, ok, $field); )*
                if !ok {
                    return Ok(Some((None, at)));
                }
                Ok(Some((
                    Some($name {
                        $( $field: $crate::model::record::record!(@take $kind, $field, at), )*
                    }),
                    at,
                )))
            }
        }

        impl $crate::format::decode::Decode for $name {
            const SPLIT: bool = $split;

            fn decode(
                d: &mut $crate::format::decode::Decoder<'_>,
            ) -> $crate::format::decode::R<Option<Self>> {
                Ok(Self::decode_record(d, Self::FIELD_NAMES, |_, _| Ok(()))?.and_then(|(v, _)| v))
            }
        }
    };

    // The struct, one field at a time: each kind adds its serde attributes.
    (@struct [$($meta:tt)*] $name:ident [$($done:tt)*]) => {
        #[derive(Debug, Clone, PartialEq, serde::Serialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        $($meta)*
        pub struct $name { $($done)* }
    };
    (@struct $meta:tt $name:ident [$($done:tt)*]
        $(#[$fmeta:meta])* $field:ident : $fty:ty = required, $($rest:tt)*) => {
        $crate::model::record::record!(@struct $meta $name [$($done)*
            $(#[$fmeta])* pub $field: $fty,
        ] $($rest)*);
    };
    (@struct $meta:tt $name:ident [$($done:tt)*]
        $(#[$fmeta:meta])* $field:ident : $fty:ty = optional, $($rest:tt)*) => {
        $crate::model::record::record!(@struct $meta $name [$($done)*
            $(#[$fmeta])*
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub $field: $fty,
        ] $($rest)*);
    };
    (@struct $meta:tt $name:ident [$($done:tt)*]
        $(#[$fmeta:meta])* $field:ident : $fty:ty = list, $($rest:tt)*) => {
        $crate::model::record::record!(@struct $meta $name [$($done)*
            $(#[$fmeta])*
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub $field: $fty,
        ] $($rest)*);
    };

    (@kind required) => { $crate::model::record::FieldKind::Required };
    (@kind optional) => { $crate::model::record::FieldKind::Optional };
    (@kind list) => { $crate::model::record::FieldKind::List };

    (@slot required, $fty:ty) => { Slot<$fty> };
    (@slot $kind:ident, $fty:ty) => { $fty };

    (@empty required) => { Slot::Absent };
    (@empty optional) => { None };
    (@empty list) => { Vec::new() };

    (@read required, $d:ident, $fty:ty, $field:ident, $ok:ident) => {
        $field = Slot::from(<$fty as Decode>::decode($d)?)
    };
    (@read optional, $d:ident, $fty:ty, $field:ident, $ok:ident) => {
        match $d.optional::<<$fty as $crate::model::record::OptionalField>::Inner>()? {
            Slot::Present(v) => $field = Some(v),
            Slot::Absent => {}
            Slot::Invalid => $ok = false,
        }
    };
    (@read list, $d:ident, $fty:ty, $field:ident, $ok:ident) => {
        match <$fty as Decode>::decode($d)? {
            Some(v) => $field = v,
            None => $ok = false,
        }
    };

    (@finish required, $d:ident, $at:ident, $ok:ident, $field:ident) => {{
        let v = $d.required($at, stringify!($field), $field);
        $ok &= v.is_some();
        v
    }};
    (@finish $kind:ident, $d:ident, $at:ident, $ok:ident, $field:ident) => { $field };

    (@take required, $field:ident, $at:ident) => {
        match $field {
            Some(v) => v,
            None => return Ok(Some((None, $at))),
        }
    };
    (@take optional, $field:ident, $at:ident) => { $field };
    (@take list, $field:ident, $at:ident) => { $field };
}
pub(crate) use record;
