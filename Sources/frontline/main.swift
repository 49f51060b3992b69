import FrontlineCLI
import FrontlineStore
#if canImport(Glibc)
import Glibc
#endif

// Installed set-user-ID, the program gives up that identity before doing anything else (docs/guarded-store.md).
Privilege.start()
exit(Frontline.main(arguments: Array(CommandLine.arguments.dropFirst()), context: .process()))
