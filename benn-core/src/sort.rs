//! One sort for the whole crate, to keep the wasm module small.
//!
//! Each `slice::sort_by` with its own closure is a new copy of the standard
//! library's driftsort (3–5 KB of code each in the wasm build). Here the
//! comparison sort is instantiated once, on positions `0..len` with a `dyn`
//! comparator ([`order`]), and the slice is then put into that order by swaps
//! ([`permute`], also not generic). What stays generic per call site is the
//! comparator and a swap: a few dozen bytes.
//!
//! [`sort_by`] is stable and gives exactly the order of `slice::sort_by` with
//! the same comparator (a stable sort's result is determined by the
//! comparator). Use it where sorting is not the hot loop: it calls the
//! comparator through a pointer and looks the items up by position, so it is
//! slower than the standard sort on large inputs of small keys (the log's
//! `u64` keys in `validate::log` keep `sort_unstable`).

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`, in the order `items.sort_by(cmp)` gives.
pub(crate) fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let items: &[T] = items;
        order(
            items.len(),
            &mut |a, b| match (items.get(a), items.get(b)) {
                (Some(x), Some(y)) => cmp(x, y),
                _ => Ordering::Equal,
            },
        )
    };
    permute(order, &mut |a, b| items.swap(a, b));
}

/// Sorts `items` stably by `key`, in the order `items.sort_by_key(key)` gives.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by their order, as `items.sort()` does.
pub(crate) fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order of `cmp` (which compares two
/// positions), equal ones in their own order.
#[inline(never)]
fn order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Puts the item at position `order[i]` to position `i` for every `i`, by
/// following each cycle of the permutation with `swap`s.
#[inline(never)]
fn permute(mut order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..order.len() {
        let mut at = start;
        // Each position is marked as done (`order[at] = at`) once it holds
        // its item; a done cycle start ends the loop at once.
        while let Some(slot) = order.get_mut(at) {
            let from = std::mem::replace(slot, at);
            if from == start || from == at {
                break;
            }
            swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_like_the_standard_sort() {
        let mut v = vec![5, 3, 9, 1, 3, 0, 7];
        sort(&mut v);
        assert_eq!(v, [0, 1, 3, 3, 5, 7, 9]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn keeps_equal_items_in_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    proptest! {
        #[test]
        fn same_order_as_sort_by(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut mine = v.clone();
            sort_by(&mut mine, |a, b| b.0.cmp(&a.0));
            let mut std = v;
            std.sort_by_key(|p| std::cmp::Reverse(p.0));
            prop_assert_eq!(mine, std);
        }
    }
}
