// Ctrl-C and SIGTERM noticed while a posting is parsed (issue 11): before,
// a pathological page kept the process busy until kill -9. The signal
// handler asks for a stop; the long loops of parse and normalize check it
// and end early, and the pipeline then fails with kInterrupted instead of
// returning what was half done.
#pragma once

#include <string>

#include "core/error.h"

namespace jobpipe {

/// Asks every stage to stop soon. Async-signal-safe (a lock-free atomic
/// store), so a signal handler may call it. There is no undoing it: the
/// process is on its way out.
void RequestStop();

/// Whether RequestStop() was called. Cheap enough for every pass of a loop.
bool StopRequested();

/// The error of work given up on a stop: "<input>: interrupted" (kInterrupted).
Error StoppedError(const std::string& input);

}  // namespace jobpipe
