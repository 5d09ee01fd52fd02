#pragma once
// Background threads (the sync writer, the window's queries) give way to the GUI thread: on two
// busy cores the scheduler otherwise leaves the GUI thread waiting for tens of milliseconds
// (bench_gui: the longest stall during a sync fell from 53–62 ms to about 30 ms with this).
// Linux ignores QThread priorities under its default policy, so there it is the thread's nice
// value; elsewhere QThread::LowPriority.

namespace bcs {

// Lowers the priority of the calling thread. Best effort: a refusal changes nothing else.
void lowerCurrentThreadPriority();

} // namespace bcs
