import CareSimCore

/// One plain field of a scenario file: where it stands, where its value goes, what it may be, and
/// what people call it.
///
/// ``ScenarioSchema`` lists every plain field this way; reading and validation, the workshop's
/// knob labels and the readable labels of fields derive from the list, so a new field is written
/// once here and once in the mechanism that reads it.
struct ScenarioField: Sendable {
  /// The path as the file writes it: `mechanisms.substitution.share`.
  let path: String
  /// Where the value goes, what it may be and what it is when the file leaves it out.
  let value: Value
  let unit: ScenarioUnit
  /// How a sentence names the field: "the relative risk of decline".
  let label: Scenario.Phrase
  /// One line that says what the field is: "Prevention: relative risk of decline for
  /// participants".
  let description: Scenario.Phrase
  /// Which what-if projections leave the field out; empty when the control arm reads it.
  let whatIf: Set<WhatIf>
  /// The field's own knob on a workshop page, when it has one.
  let knob: Knob?
  /// The values at which the field still means what its label says, where narrower than allowed.
  ///
  /// A participant's relative risk above 1 makes the programme do harm: a file or a sweep may go
  /// there, a break-even search of the programme's effect must not.
  var meaningful: NumberRange? = nil

  /// Where a value goes in ``ScenarioValues``, what it may be, and its default.
  enum Value: Sendable {
    /// A bare or sourced number.
    case number(
      WritableKeyPath<ScenarioValues, Double> & Sendable, allowed: Allowed, default: Default)
    /// A number in the range, or none when the file leaves it out or writes `null`.
    case optionalNumber(WritableKeyPath<ScenarioValues, Double?> & Sendable, allowed: NumberRange)
    /// A whole number; a nil default means the file must give it.
    case integer(
      WritableKeyPath<ScenarioValues, Int> & Sendable, allowed: ClosedRange<Int>, default: Int?)
    /// A whole number in the range, or none when the file leaves it out or writes `null`.
    case optionalInteger(
      WritableKeyPath<ScenarioValues, Int?> & Sendable, allowed: ClosedRange<Int>)
    case flag(WritableKeyPath<ScenarioValues, Bool> & Sendable, default: Bool)
    /// A list of payers by name (`["wmo", "zvw"]`).
    case funders(WritableKeyPath<ScenarioValues, [Funder]> & Sendable, default: [Funder])
  }

  /// The numbers a field allows.
  enum Allowed: Sendable {
    case range(NumberRange)
    /// From another field's value (as the file gives it, or its default) up to a bound: the
    /// intervention signals at least as well as the services without it.
    case atLeast(KeyPath<ScenarioValues, Double> & Sendable, upTo: Double)
  }

  /// What a number is when the file leaves it out.
  enum Default: Sendable {
    /// Nothing: the file must give it.
    case required
    case value(Double)
    /// Another field's value.
    case sameAs(KeyPath<ScenarioValues, Double> & Sendable)
  }

  /// The kinds of field a what-if projection leaves out (the core's `MechanismFields`, and the
  /// thresholds of `ControlArmThreshold`): a setting of such a field can share work with the base.
  enum WhatIf: Sendable, Hashable {
    /// Read only from the month a resident takes up the intervention.
    case afterUptake
    /// Decides who takes part and when.
    case uptake
    /// Only prices what a run counts.
    case prices
    /// A threshold the control arm's draws are compared with.
    case controlArmThreshold
  }

  /// A workshop knob: its short id on the page, and whether a workshop moves it when the
  /// scenario names no knobs.
  struct Knob: Sendable {
    var id: String
    var isDefault: Bool
  }
}
