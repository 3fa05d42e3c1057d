/// What a field's number measures and per what time, so that a page can write it.
struct ScenarioUnit: Sendable, Equatable {
  enum Quantity: Sendable {
    case probability, share, rate, ratio, euros, hours, years, months, count, utility
    /// A list of payers, not a number.
    case payers
    /// Yes or no, not a number.
    case flag
  }

  enum Period: Sendable {
    case hour, week, month, year
  }

  var quantity: Quantity
  var period: Period?

  /// How a workshop page writes a level: `percent`, `euros` or `number`.
  var format: String {
    switch quantity {
    case .probability, .share, .rate: "percent"
    case .euros: "euros"
    case .ratio, .hours, .years, .months, .count, .utility, .payers, .flag: "number"
    }
  }

  /// What a level is per, written after it ("a month"); nil for a number per nothing.
  var per: Scenario.Phrase? {
    switch period {
    case nil: nil
    case .hour: Scenario.Phrase(english: "an hour", dutch: "per uur")
    case .week: Scenario.Phrase(english: "a week", dutch: "per week")
    case .month: Scenario.Phrase(english: "a month", dutch: "per maand")
    case .year: Scenario.Phrase(english: "a year", dutch: "per jaar")
    }
  }

  static let probability = ScenarioUnit(quantity: .probability)
  static let chanceAMonth = ScenarioUnit(quantity: .probability, period: .month)
  static let share = ScenarioUnit(quantity: .share)
  static let shareAMonth = ScenarioUnit(quantity: .share, period: .month)
  static let rateAYear = ScenarioUnit(quantity: .rate, period: .year)
  /// Relative risks, hazard ratios and multipliers.
  static let ratio = ScenarioUnit(quantity: .ratio)
  static let euros = ScenarioUnit(quantity: .euros)
  static let eurosAnHour = ScenarioUnit(quantity: .euros, period: .hour)
  static let eurosAYear = ScenarioUnit(quantity: .euros, period: .year)
  static let hoursAWeek = ScenarioUnit(quantity: .hours, period: .week)
  /// An age.
  static let years = ScenarioUnit(quantity: .years)
  static let months = ScenarioUnit(quantity: .months)
  static let count = ScenarioUnit(quantity: .count)
  static let countAYear = ScenarioUnit(quantity: .count, period: .year)
  /// Quality of life, on the utility scale from 0 (dead) to 1.
  static let utility = ScenarioUnit(quantity: .utility)
  static let utilityAMonth = ScenarioUnit(quantity: .utility, period: .month)
  static let utilityAYear = ScenarioUnit(quantity: .utility, period: .year)
  static let payers = ScenarioUnit(quantity: .payers)
  static let flag = ScenarioUnit(quantity: .flag)

  init(quantity: Quantity, period: Period? = nil) {
    self.quantity = quantity
    self.period = period
  }
}
