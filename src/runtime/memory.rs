//! Counts the bytes the program's thread holds, so the collector's trigger and the heap limit
//! (`--max-heap-size`) see all the memory a program keeps alive: heap cells and their
//! out-of-line storage (array elements, property maps, string buffers, Map entries)
//! alike, however it grew.

use mimalloc::MiMalloc;
use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::ffi::{c_int, c_long, c_void};

/// mimalloc, counting the bytes currently allocated by each thread.
pub struct CountingAllocator;

thread_local! {
    /// Bytes allocated minus bytes freed by this thread. Per thread, because an atomic
    /// counter would cost a locked instruction per allocation, and a program runs on
    /// one thread; memory freed by another thread than the one that allocated it
    /// skews both counts slightly (hence signed).
    static ALLOCATED: Cell<isize> = const { Cell::new(0) };
}

/// Adds `delta` bytes to this thread's count (nothing while the thread is being torn
/// down and its count is gone).
#[inline]
pub(crate) fn count(delta: isize) {
    let _ = ALLOCATED.try_with(|c| c.set(c.get().wrapping_add(delta)));
}

/// The alignment mimalloc gives every block of at least this many bytes (its
/// `MI_MAX_ALIGN_SIZE`; smaller blocks are word-aligned, and so aligned to their size).
const MI_MAX_ALIGN_SIZE: usize = 16;

/// Whether plain `mi_malloc` already meets `layout`'s alignment. Such requests skip
/// `mi_malloc_aligned`, which is not only slower: its fast path takes a block only
/// from a page that has free blocks, and otherwise over-allocates from a larger size
/// class, so once a page of, say, 48-byte blocks ran out, every later 48-byte request
/// was over-allocated (a tenth of an object-heavy program's time).
#[inline]
fn naturally_aligned(align: usize, size: usize) -> bool {
    align <= MI_MAX_ALIGN_SIZE && align <= size
}

// SAFETY: every method forwards to mimalloc with the same size, and with the same
// alignment unless plain `mi_malloc` guarantees it (`naturally_aligned`); the counter
// has no effect on the memory handed out.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        let p = unsafe {
            if naturally_aligned(layout.align(), layout.size()) {
                mi_malloc(layout.size()).cast()
            } else {
                MiMalloc.alloc(layout)
            }
        };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc_zeroed`'s contract.
        let p = unsafe {
            if naturally_aligned(layout.align(), layout.size()) {
                mi_zalloc(layout.size()).cast()
            } else {
                MiMalloc.alloc_zeroed(layout)
            }
        };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller upholds `GlobalAlloc::dealloc`'s contract.
        unsafe { MiMalloc.dealloc(ptr, layout) };
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
        let p = unsafe {
            if naturally_aligned(layout.align(), new_size) {
                mi_realloc(ptr.cast(), new_size).cast()
            } else {
                MiMalloc.realloc(ptr, layout, new_size)
            }
        };
        if !p.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}

// Options of the mimalloc that Cargo.lock pins (`mi_option_t` in its mimalloc.h; a
// test below checks that the numbers still name these options).
const MI_OPTION_ARENA_EAGER_COMMIT: c_int = 4;
const MI_OPTION_PURGE_DELAY: c_int = 15;

unsafe extern "C" {
    fn mi_malloc(size: usize) -> *mut c_void;
    fn mi_zalloc(size: usize) -> *mut c_void;
    fn mi_realloc(p: *mut c_void, new_size: usize) -> *mut c_void;
    #[cfg(all(target_os = "linux", not(test)))]
    fn mi_option_set(option: c_int, value: c_long);
    #[cfg(test)]
    fn mi_option_get(option: c_int) -> c_long;
}

/// Makes mimalloc commit memory as it is used and give freed pages back after 10 ms
/// rather than a second, so peak memory follows what the program keeps alive: with its
/// defaults, 3M short-lived objects in a callback peaked at 51 MB, not 38 MB. (Giving
/// them back at once doubled the system time in page faults for no less memory.)
/// Arenas are committed when reserved, so this runs before anything allocates: from
/// the ELF initialiser list, ahead of the Rust runtime (not in unit tests, which check
/// the defaults).
#[cfg(all(target_os = "linux", not(test)))]
#[used]
#[unsafe(link_section = ".init_array")]
static SET_ALLOCATOR_OPTIONS: extern "C" fn() = {
    extern "C" fn set_allocator_options() {
        // SAFETY: options may be set at any time; both are plain integers.
        unsafe {
            mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
            mi_option_set(MI_OPTION_PURGE_DELAY, 10);
        }
    }
    set_allocator_options
};

/// The bytes the current thread has allocated and not yet freed.
pub fn allocated_bytes() -> usize {
    ALLOCATED.try_with(Cell::get).unwrap_or(0).max(0) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mimalloc_option_numbers_name_the_options_we_set() {
        // Their defaults in this version: arena_eager_commit = 2, purge_delay = 1000 ms.
        // SAFETY: reading an option has no preconditions.
        unsafe {
            assert_eq!(mi_option_get(MI_OPTION_ARENA_EAGER_COMMIT), 2);
            assert_eq!(mi_option_get(MI_OPTION_PURGE_DELAY), 1000);
        }
    }
}
