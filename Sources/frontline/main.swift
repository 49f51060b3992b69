import FrontlineCLI
import FrontlineStore

#if canImport(Glibc)
    import Glibc
#endif

// Installed set-user-ID, the program gives up that identity before doing anything else (docs/security.md).
Privilege.start(failureStatus: ExitStatus.internalFailure.code)
exit(Frontline.main(arguments: Array(CommandLine.arguments.dropFirst()), context: .process()))
