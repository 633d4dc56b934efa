import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a finished process left: its exit status (or the signal that ended it) and its output.
struct Finished: Sendable {
  /// The exit status, or `nil` when a signal ended the process.
  var status: Int32?
  /// The signal that ended the process, if one did.
  var signal: Int32?
  /// Everything written to standard output.
  var outputBytes: [UInt8]
  /// Everything written to standard error.
  var errorBytes: [UInt8]

  /// Standard output as text.
  var output: String { String(decoding: outputBytes, as: UTF8.self) }
  /// Standard error as text.
  var error: String { String(decoding: errorBytes, as: UTF8.self) }
  /// The first line of standard error.
  var firstErrorLine: String {
    String(error.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
  }
}

/// A failure to start a process.
struct LaunchError: Error, CustomStringConvertible {
  /// What went wrong.
  var description: String
}

/// Held while a child is started.
private let spawnLock = Mutex(())

/// A running child process whose standard output and error are pipes and whose
/// standard input is `/dev/null`, as under cron.
struct Child {
  /// The process id.
  let pid: pid_t
  private let outputPipe: Int32
  private let errorPipe: Int32

  /// Starts `executable` with exactly `arguments` and `environment`.
  init(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
    // Tests run in parallel: one spawn at a time, so that no child inherits
    // another's pipe between `pipe` and `FD_CLOEXEC`.
    let spawned = try spawnLock.withLock { _ throws(LaunchError) in
      try Child.spawn(executable, arguments, environment: environment)
    }
    (pid, outputPipe, errorPipe) = spawned
  }

  private static func spawn(
    _ executable: String, _ arguments: [String], environment: [String: String]
  ) throws(LaunchError) -> (pid_t, Int32, Int32) {
    var output: [Int32] = [-1, -1]
    var error: [Int32] = [-1, -1]
    guard pipe(&output) == 0 else { throw LaunchError(description: "pipe failed") }
    guard pipe(&error) == 0 else {
      close(output[0])
      close(output[1])
      throw LaunchError(description: "pipe failed")
    }
    for fd in output + error { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_adddup2(&actions, error[1], 2)
    // The test runner's threads block most signals, and a child inherits the mask:
    // start it with none blocked, as cron would, so that `timeout` and SIGTERM work.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid = pid_t()
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    close(output[1])
    close(error[1])
    guard result == 0 else {
      close(output[0])
      close(error[0])
      throw LaunchError(
        description: "cannot start \(executable): \(String(cString: strerror(result)))")
    }
    return (pid, output[0], error[0])
  }

  /// Sends `signal` to the process.
  func send(_ signal: Int32) {
    kill(pid, signal)
  }

  /// Reads both pipes to their end, then waits for the process to exit.
  ///
  /// Reading before waiting matters: a child that fills a pipe nobody reads never exits.
  func finish() -> Finished {
    var descriptors = [
      pollfd(fd: outputPipe, events: Int16(POLLIN), revents: 0),
      pollfd(fd: errorPipe, events: Int16(POLLIN), revents: 0),
    ]
    var collected: [[UInt8]] = [[], []]
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while descriptors.contains(where: { $0.fd >= 0 }) {
      let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
      if ready < 0 {
        if errno == EINTR { continue }
        break
      }
      for index in descriptors.indices where descriptors[index].revents != 0 {
        let fd = descriptors[index].fd
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
          collected[index].append(contentsOf: chunk[0..<count])
        } else if count == 0 || errno != EINTR {
          close(fd)
          descriptors[index].fd = -1
        }
      }
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let signal = status & 0x7f
    return Finished(
      status: signal == 0 ? (status >> 8) & 0xff : nil, signal: signal == 0 ? nil : signal,
      outputBytes: collected[0], errorBytes: collected[1])
  }

  /// Runs a process to its end.
  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]
  ) throws -> Finished {
    try Child(executable, arguments, environment: environment).finish()
  }
}
