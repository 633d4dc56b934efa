#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a notify command (`check --exec`) ended.
public enum HookOutcome: Sendable, Equatable {
  /// It exited with this status.
  case exited(Int32)
  /// A signal ended it.
  case signaled(Int32)
  /// It ran past the time allowed and was stopped.
  case timedOut
  /// It could not be started; the `errno`.
  case notStarted(Int32)

  /// Whether it exited 0.
  public var succeeded: Bool { self == .exited(0) }
}

/// Runs a notify command with `/bin/sh -c`.
public enum Hook {
  /// Runs `command` with `/bin/sh -c`, `input` on its standard input, its standard
  /// output sent to renew's standard error (so that it never mixes into what
  /// renew prints), in its own process group, which is killed after `timeout`
  /// seconds.
  public static func run(
    _ command: String, input: [UInt8], environment: [String: String], timeout: Double
  ) -> HookOutcome {
    // The input goes through an unlinked temporary file, not a pipe: a command
    // that never reads it cannot block renew or kill it with SIGPIPE.
    var template = Array("/tmp/renew-hook-XXXXXX".utf8CString)
    let inputFD = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard inputFD >= 0 else { return .notStarted(errno) }
    defer { close(inputFD) }
    template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { unlink($0) } }
    var written = 0
    while written < input.count {
      let count = input[written...].withUnsafeBytes { write(inputFD, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return .notStarted(errno) }
      written += count
    }
    lseek(inputFD, 0, SEEK_SET)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inputFD, 0)
    posix_spawn_file_actions_adddup2(&actions, 2, 1)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)

    let arguments = ["/bin/sh", "-c", command]
    let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    var argv = arguments.map { strdup($0) } + [nil]
    var envp = variables.map { strdup($0) } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp)
    guard spawned == 0 else { return .notStarted(spawned) }

    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    var status: Int32 = 0
    while true {
      let done = waitpid(pid, &status, WNOHANG)
      if done == pid { break }
      if done < 0, errno != EINTR { return .notStarted(errno) }
      var now = timespec()
      clock_gettime(CLOCK_MONOTONIC, &now)
      let elapsed = Double(now.tv_sec - start.tv_sec) + Double(now.tv_nsec - start.tv_nsec) / 1e9
      if elapsed >= timeout {
        kill(-pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return .timedOut
      }
      usleep(5_000)
    }
    // The status as wait(2) packs it: the signal in the low 7 bits, else the exit code.
    let signal = status & 0x7f
    return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
  }
}
