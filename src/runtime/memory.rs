//! Counts the bytes the program's thread holds, so the collector's trigger and the heap limit
//! (`--max-heap-size`) see all the memory a program keeps alive: heap cells and their
//! out-of-line storage (array elements, property maps, string buffers, Map entries)
//! alike, however it grew.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting the bytes currently allocated by each thread.
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
fn count(delta: isize) {
    let _ = ALLOCATED.try_with(|c| c.set(c.get().wrapping_add(delta)));
}

// SAFETY: every method forwards to `System` with the same arguments; the counter has no
// effect on the memory handed out.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc_zeroed`'s contract.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller upholds `GlobalAlloc::dealloc`'s contract.
        unsafe { System.dealloc(ptr, layout) };
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// The bytes the current thread has allocated and not yet freed.
pub fn allocated_bytes() -> usize {
    ALLOCATED.try_with(Cell::get).unwrap_or(0).max(0) as usize
}
