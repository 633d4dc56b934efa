/// Recorded keep-alive activity: a call, an SMS, a data session.
public struct Activity: Sendable, Hashable {
  /// The day of the activity.
  public var date: CalendarDate
  /// A free-text note, such as `SMS to mum`.
  public var note: String?

  /// Creates an activity record.
  public init(date: CalendarDate, note: String? = nil) {
    self.date = date
    self.note = note
  }
}
