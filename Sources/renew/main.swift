import RenewCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

exit(
  RenewCLI.run(
    arguments: Array(CommandLine.arguments.dropFirst()), environment: System.environment(),
    today: System.today(), output: System.output()))
