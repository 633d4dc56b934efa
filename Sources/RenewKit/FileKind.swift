/// What a path names when it is not a regular file, for a data file renew refuses.
///
/// renew reads and writes only regular files (a symbolic link is followed to one):
/// a device such as `/dev/zero` never ends, and a named pipe blocks until someone
/// writes to it. A folder is reported by the system's own "Is a directory" instead.
public enum FileKind: Sendable, Hashable {
  /// A character device, such as `/dev/zero` or `/dev/null`.
  case characterDevice
  /// A block device, such as a disk.
  case blockDevice
  /// A named pipe (FIFO), made by `mkfifo`.
  case namedPipe
  /// A Unix-domain socket.
  case socket
  /// Anything else that is not a regular file.
  case other
}
