import FrontlineCLI
#if canImport(Glibc)
import Glibc
#endif

exit(Frontline.main(arguments: Array(CommandLine.arguments.dropFirst()), context: .process()))
