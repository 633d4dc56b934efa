/// String operations on slash-separated paths.
enum FilePaths {
  /// The folder part of `path` (`.` for a bare name, `/` for a file at the root).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let head = path[..<slash]
    return head.isEmpty ? "/" : String(head)
  }

  /// The last component of `path`.
  static func name(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// The file a path finally names, following symbolic links (at most 40).
  static func resolvingLinks(_ path: String) -> String {
    var current = path
    for _ in 0..<40 {
      guard let target = Platform.linkTarget(of: current) else { return current }
      current = target.hasPrefix("/") ? target : "\(directory(of: current))/\(target)"
    }
    return current
  }
}
