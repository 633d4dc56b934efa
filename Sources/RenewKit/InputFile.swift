/// A file renew reads but does not keep: what `renew import` takes.
public enum InputFile {
  /// The bytes of a file to import: `path`, or standard input for `-`; `nil` when
  /// there is no such file. Only a regular file (or stdin) of at most the data
  /// file's size limit is read.
  ///
  /// - Throws: ``StoreError`` naming the file.
  public static func read(_ path: String) throws(StoreError) -> [UInt8]? {
    guard path == "-" else { return try Store(path: path).readBytes(at: path) }
    do {
      return try Platform.readStandardInput(sizeLimit: Store.defaultSizeLimit)
    } catch {
      switch error {
      case .system(let error): throw .system(error)
      case .notRegularFile(let kind): throw .notRegularFile(path: path, kind: kind)
      case .tooLarge(let size):
        throw .tooLarge(path: path, size: size, limit: Store.defaultSizeLimit)
      }
    }
  }
}
