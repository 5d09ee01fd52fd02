#include "app/application.h"

#ifdef _WIN32
#include <cstdio>
#include <windows.h>

namespace {
// A Windows GUI-subsystem program has no console: started from the Start menu no console window
// opens. Started from a terminal (`bcstats sync`, `export`, `--headless`), it writes to that
// terminal's console instead.
void useParentConsole()
{
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::FILE *ignored = nullptr;
        freopen_s(&ignored, "CONOUT$", "w", stdout);
        freopen_s(&ignored, "CONOUT$", "w", stderr);
    }
}
} // namespace
#endif

int main(int argc, char **argv)
{
#ifdef _WIN32
    useParentConsole();
#endif
    return bcs::runApplication(argc, argv);
}
