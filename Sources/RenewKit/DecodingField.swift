extension KeyedDecodingContainer {
  /// `decodeIfPresent`, with every failure turned into a `DecodingError` at this key.
  ///
  /// `JSONDecoder` reports a number that does not fit (`1e400`, `1.5` for a whole
  /// number) with an internal error type, which it later turns into a bare "not
  /// valid JSON"; converted here, the message can name the card and the field.
  func decodeField<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    do {
      return try decodeIfPresent(type, forKey: key)
    } catch let error as DecodingError {
      throw error
    } catch {
      let text = String(describing: error)
      let parsed = text.split(separator: "\"", omittingEmptySubsequences: false)
      let reason =
        text.hasPrefix("numberIsNotRepresentable") && parsed.count >= 2
        ? "\(parsed[1]) is out of range or not a whole number" : text
      throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: reason)
    }
  }
}
