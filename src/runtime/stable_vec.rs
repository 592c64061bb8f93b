//! A growable vector whose elements never move: the storage of the heap's arenas.
//!
//! A `Vec` of cells doubles and copies itself as the heap grows: with a million
//! objects that is a copy of over a hundred megabytes, and the old and new buffers are
//! both resident while it runs (a third of the time of a loop that builds 600K small
//! objects went to those copies and their page faults). Instead, a `StableVec` reserves
//! address space for many elements up front (`MAP_NORESERVE`: no memory is committed
//! or accounted until a page is first written) and fills it in place. Reserving fails
//! gracefully: when the system refuses a large reservation (strict overcommit, an
//! address-space limit) it asks for less, and when a reservation fills up it moves to
//! one twice as large, as a `Vec` would.
//!
//! The bytes of pushed elements are added to the allocation count of
//! [`super::memory`], so collection thresholds and the heap limit see the arenas as
//! they saw them when they were `Vec`s.

use super::memory;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

/// The address space one vector reserves at first (virtual memory only). The default
/// heap limit is 4 GiB, so a reservation this size is not outgrown in practice.
const FIRST_RESERVATION: usize = 8 << 30;

/// The offset in a reservation from which it asks for transparent huge pages. A large
/// arena is faulted in 2 MB at a time instead of 4 KB (splay's million objects took
/// 74,000 page faults, a quarter of its run), and the marker, which reads cells in no
/// order, misses the TLB far less; the first megabytes stay in small pages, so a small
/// program's arenas cost no more memory than before.
const HUGE_PAGES_FROM: usize = 4 << 20;

pub struct StableVec<T> {
    ptr: NonNull<T>,
    len: usize,
    /// Elements the current reservation holds.
    capacity: usize,
    /// The bytes the first reservation asks for.
    first_reservation: usize,
}

impl<T> StableVec<T> {
    pub const fn new() -> Self {
        Self::with_first_reservation(FIRST_RESERVATION)
    }

    const fn with_first_reservation(first_reservation: usize) -> Self {
        const { assert!(size_of::<T>() > 0 && align_of::<T>() <= 4096) };
        StableVec {
            ptr: NonNull::dangling(),
            len: 0,
            capacity: 0,
            first_reservation,
        }
    }

    #[inline]
    pub fn push(&mut self, value: T) {
        if self.len == self.capacity {
            self.grow();
        }
        // SAFETY: `len < capacity`, so the slot lies inside the reservation, which is
        // readable and writable; it holds no element yet.
        unsafe { self.ptr.as_ptr().add(self.len).write(value) };
        self.len += 1;
        memory::count(size_of::<T>() as isize);
    }

    /// Moves to a larger reservation (the first one, or one twice the size).
    #[cold]
    fn grow(&mut self) {
        let needed = (self.capacity * 2).max(1) * size_of::<T>();
        let (ptr, bytes) = reserve(needed.max(self.first_reservation), needed);
        let new = ptr.cast::<T>();
        if self.capacity > 0 {
            // SAFETY: the old reservation holds `len` initialised elements, the new one
            // is larger and does not overlap it; the elements are moved, not dropped.
            unsafe {
                std::ptr::copy_nonoverlapping(self.ptr.as_ptr(), new.as_ptr(), self.len);
                release(self.ptr.cast(), self.capacity * size_of::<T>());
            }
        }
        self.ptr = new;
        self.capacity = bytes / size_of::<T>();
    }
}

impl<T> Default for StableVec<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Deref for StableVec<T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        // SAFETY: the first `len` elements are initialised; `ptr` is non-null and
        // aligned (dangling only when `len` is 0).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T> DerefMut for StableVec<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as in `deref`, and `&mut self` makes the access unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl<T> Drop for StableVec<T> {
    fn drop(&mut self) {
        // SAFETY: the first `len` elements are initialised and dropped once; the
        // reservation was made by `reserve` with this size.
        unsafe {
            std::ptr::drop_in_place(&mut **self as *mut [T]);
            if self.capacity > 0 {
                release(self.ptr.cast(), self.capacity * size_of::<T>());
            }
        }
        memory::count(-((self.len * size_of::<T>()) as isize));
    }
}

/// Reserves `wanted` bytes of address space, or less but at least `needed` when the
/// system refuses; returns the region and its size. Out of address space even for
/// `needed` bytes is an allocation failure, as for any `Vec`.
pub(crate) fn reserve(wanted: usize, needed: usize) -> (NonNull<u8>, usize) {
    let mut bytes = wanted;
    loop {
        // SAFETY: an anonymous private mapping at an address of the kernel's choosing
        // touches no existing memory.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p != libc::MAP_FAILED {
            if bytes > HUGE_PAGES_FROM {
                // SAFETY: the range lies inside the mapping just made; the advice
                // changes how it is backed, never its contents.
                unsafe {
                    libc::madvise(
                        p.cast::<u8>().add(HUGE_PAGES_FROM).cast(),
                        bytes - HUGE_PAGES_FROM,
                        libc::MADV_HUGEPAGE,
                    )
                };
            }
            return (
                NonNull::new(p.cast()).expect("mmap returns a non-null region"),
                bytes,
            );
        }
        if bytes / 2 < needed {
            std::alloc::handle_alloc_error(
                std::alloc::Layout::from_size_align(needed, 4096).expect("a page-aligned layout"),
            );
        }
        bytes /= 2;
    }
}

/// Returns a region made by `reserve`.
///
/// # Safety
/// `ptr` and `bytes` are a region `reserve` returned, with nothing left in use in it.
pub(crate) unsafe fn release(ptr: NonNull<u8>, bytes: usize) {
    // SAFETY: the caller passes a whole mapping made by `reserve`.
    unsafe { libc::munmap(ptr.as_ptr().cast(), bytes) };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn elements_stay_in_place_and_are_dropped_once() {
        let counter = Rc::new(());
        let mut v = StableVec::new();
        v.push(counter.clone());
        let first = &v[0] as *const Rc<()>;
        for _ in 0..10_000 {
            v.push(counter.clone());
        }
        assert_eq!(&v[0] as *const Rc<()>, first);
        assert_eq!(v.len(), 10_001);
        assert_eq!(Rc::strong_count(&counter), 10_002);
        drop(v);
        assert_eq!(Rc::strong_count(&counter), 1);
    }

    #[test]
    fn a_full_reservation_moves_to_a_larger_one() {
        let mut v: StableVec<u64> = StableVec::with_first_reservation(4096);
        for i in 0..512 {
            v.push(i);
        }
        assert_eq!(v.capacity, 512);
        v.push(512);
        assert_eq!(v.capacity, 1024);
        assert!(v.iter().copied().eq(0..513));
    }
}
