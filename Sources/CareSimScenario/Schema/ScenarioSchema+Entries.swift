import CareSimCore

/// The ways the schema's sections write an entry: one function per kind of field, and the groups
/// of fields the file repeats (hazard ratios, euros per payer).
extension ScenarioSchema.Entry {
  /// A text in English and Dutch.
  typealias Words = (english: String, dutch: String)
  typealias WhatIf = ScenarioField.WhatIf

  static func number(
    _ path: String, _ keyPath: WritableKeyPath<ScenarioValues, Double> & Sendable,
    allowed: NumberRange, default defaultValue: Double?, unit: ScenarioUnit,
    whatIf: Set<WhatIf> = [], label: Words, description: Words, knob: ScenarioField.Knob? = nil,
    meaningful: NumberRange? = nil
  ) -> Self {
    field(
      path,
      .number(
        keyPath, allowed: .range(allowed), default: defaultValue.map { .value($0) } ?? .required),
      unit: unit, whatIf: whatIf, label: label, description: description, knob: knob,
      meaningful: meaningful)
  }

  /// A number from 0 to 1.
  static func probability(
    _ path: String, _ keyPath: WritableKeyPath<ScenarioValues, Double> & Sendable,
    default defaultValue: Double?, unit: ScenarioUnit, whatIf: Set<WhatIf> = [], label: Words,
    description: Words, knob: ScenarioField.Knob? = nil
  ) -> Self {
    number(
      path, keyPath, allowed: .unit, default: defaultValue, unit: unit, whatIf: whatIf,
      label: label, description: description, knob: knob)
  }

  static func field(
    _ path: String, _ value: ScenarioField.Value, unit: ScenarioUnit, whatIf: Set<WhatIf> = [],
    label: Words, description: Words, knob: ScenarioField.Knob? = nil,
    meaningful: NumberRange? = nil
  ) -> Self {
    .field(
      ScenarioField(
        path: path, value: value, unit: unit,
        label: Scenario.Phrase(english: label.english, dutch: label.dutch),
        description: Scenario.Phrase(english: description.english, dutch: description.dutch),
        whatIf: whatIf, knob: knob, meaningful: meaningful))
  }

  /// The object of hazard ratios at `path` (progression, admission and death, each 1 unless
  /// the file says) and its three fields.
  static func hazardRatios(
    _ path: String, _ keyPath: WritableKeyPath<ScenarioValues, HazardRatios> & Sendable,
    of subject: Words, whatIf: Set<WhatIf> = []
  ) -> [Self] {
    let keyPaths: [WritableKeyPath<HazardRatios, Double>] = [\.progression, \.admission, \.death]
    return [.object(path)]
      + zip(ScenarioSchema.hazardMoves, keyPaths).map { move, member in
        let english = "hazard ratio of \(subject.english) on \(move.words.english)"
        let dutch = "hazardratio van \(subject.dutch) voor \(move.words.dutch)"
        return number(
          "\(path).\(move.key)", appending(keyPath, member),
          allowed: move.key == "death" ? .deathRatio : .ratio, default: 1,
          unit: .ratio, whatIf: whatIf, label: ("the \(english)", "de \(dutch)"),
          description: ("Covariates: \(english)", "Covariaten: \(dutch)"))
      }
  }

  /// The object of euros (or shares) per payer at `path` (Wmo, Zvw and Wlz, each 0 unless the
  /// file says) and its three fields.
  static func funderAmounts(
    _ path: String, _ keyPath: WritableKeyPath<ScenarioValues, FunderAmounts> & Sendable,
    allowed: NumberRange, unit: ScenarioUnit, whatIf: Set<WhatIf>, section: Words,
    of subject: Words
  ) -> [Self] {
    [.object(path)]
      + Funder.payers.map { funder in
        let payer = ScenarioSchema.payerName(funder.description)
        let english = "\(subject.english) to the \(payer)"
        let dutch = "\(subject.dutch) voor de \(payer)"
        return number(
          "\(path).\(funder)", appending(keyPath, \.[funder]), allowed: allowed, default: 0,
          unit: unit, whatIf: whatIf, label: (english, dutch),
          description: ("\(section.english): \(english)", "\(section.dutch): \(dutch)"))
      }
  }

  /// `keyPath` on to `member`.
  ///
  /// A key path joined from sendable key paths is sendable too; the type system does not carry
  /// that through `appending`, so it is said here.
  private static func appending<Group>(
    _ keyPath: WritableKeyPath<ScenarioValues, Group> & Sendable,
    _ member: WritableKeyPath<Group, Double>
  ) -> WritableKeyPath<ScenarioValues, Double> & Sendable {
    // swift-format-ignore: NeverForceUnwrap
    keyPath.appending(path: member) as! WritableKeyPath<ScenarioValues, Double> & Sendable
  }
}

extension ScenarioSchema {
  /// The moves a covariate's hazard ratios act on, by key, in the order the file's objects give
  /// them.
  static let hazardMoves: [(key: String, words: Entry.Words)] = [
    ("progression", ("progression", "achteruitgang")), ("admission", ("admission", "opname")),
    ("death", ("death", "overlijden")),
  ]

  /// A payer's name as Dutch law abbreviates it (Wmo, Zvw, Wlz), from its code in a path.
  static func payerName(_ code: String) -> String {
    code.prefix(1).uppercased() + code.dropFirst()
  }
}
