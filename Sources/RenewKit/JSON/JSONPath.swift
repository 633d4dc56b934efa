/// Where a value sits in a document, from the top: `cards[3].history[2].via`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  /// One step down: into an object's member or an array's element.
  public enum Component: Sendable, Hashable {
    /// The member with this key.
    case key(String)
    /// The element at this index, counting from 0.
    case index(Int)
  }

  /// The steps from the document's value down to this one.
  public var components: [Component]

  /// Creates a path; an empty one is the document's value itself.
  public init(_ components: [Component] = []) {
    self.components = components
  }

  /// The path as a reader of the file writes it: keys joined by `.`, indexes in
  /// brackets (`cards[3].history[2].via`); empty for the document's value.
  ///
  /// Keys are shown as they are, even when they hold `.` or `[`.
  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key):
        if !text.isEmpty { text += "." }
        text += key
      case .index(let index):
        text += "[\(index)]"
      }
    }
    return text
  }
}

/// One level of the reader's path while it reads: the current key's bytes, or the
/// current element's index; a fixed-size record, so that keeping it costs a store.
struct JSONPathMark {
  /// The start of the key's contents (between its quotes); `-1` for an element,
  /// `-2` for an object whose first key is not read yet.
  var keyStart: Int
  /// The end of the key's contents, or the element's index.
  var keyEndOrIndex: Int

  /// A mark for an object whose first key is not read yet.
  static let objectStart = JSONPathMark(keyStart: -2, keyEndOrIndex: 0)

  /// A mark for the element at `index`.
  static func element(_ index: Int) -> JSONPathMark {
    JSONPathMark(keyStart: -1, keyEndOrIndex: index)
  }

  /// A mark for the member whose key is `span`.
  static func member(_ span: JSONStringSpan) -> JSONPathMark {
    JSONPathMark(keyStart: span.start, keyEndOrIndex: span.end)
  }

  /// The key's contents as a byte range; meaningful only when `keyStart >= 0`.
  var keyRange: Range<Int> { keyStart..<keyEndOrIndex }

  /// The path component, its key decoded from `bytes`; `nil` before an object's first key.
  func component(in bytes: [UInt8]) -> JSONPath.Component? {
    switch keyStart {
    case -1: return .index(keyEndOrIndex)
    case ..<0: return nil
    default:
      let key = JSONUnescaper.unescaped(bytes[keyStart..<min(keyEndOrIndex, bytes.count)])
      return .key(String(decoding: key, as: UTF8.self))
    }
  }
}
