/// A way a carrier lets its customers renew or top up.
///
/// Free-text instructions (`send 101 to 10086`, a URL, a shop's address) go in a
/// card's ``Card/how`` instead.
///
/// The order of the cases is kept in the summary beside the data file: a new case
/// goes last (`SummaryTests.numberedValues` pins it).
public enum RenewalMethod: String, Sendable, Hashable, CaseIterable {
  /// The carrier's website.
  case online
  /// The carrier's app.
  case app
  /// A phone hotline or USSD code.
  case phone
  /// A shop or counter.
  case store
  /// The carrier charges a bound payment method by itself.
  case auto
  /// A payment service such as Alipay, WeChat Pay or PayPal.
  case thirdParty = "third-party"
  /// A top-up kiosk or voucher machine.
  case kiosk
  /// An SMS command.
  case sms
}
