import CareSimCharts
/// What a teaching scenario adds for `caresim workshop`: the knobs a group moves and the
/// exercises it works through.
import JSON5

extension Scenario {
  /// A text in both languages a workshop page speaks.
  public struct Phrase: Sendable, Equatable {
    public var english: String
    public var dutch: String

    package init(english: String, dutch: String) {
      self.english = english
      self.dutch = dutch
    }

    public func text(_ locale: ReportLocale) -> String { locale == .nl ? dutch : english }

    /// The phrase where it stands alone, as an axis, a slider or a table's cell shows it
    /// ("Relative risk of decline", "Het relatieve risico op achteruitgang"): with a capital,
    /// without the English "the" (a Dutch label keeps its article, which its adjective's ending
    /// needs).
    package var standingAlone: Phrase {
      func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
      }
      let english = english.hasPrefix("the ") ? String(english.dropFirst(4)) : english
      return Phrase(english: capitalised(english), dutch: capitalised(dutch))
    }
  }

  /// The `workshop` section of a teaching scenario.
  public struct Workshop: Sendable, Equatable {
    /// Paths of the parameters to precompute (each must have a range); nil for the defaults.
    public var knobs: [String]?
    /// Levels per knob over its range (the scenario's own value is added).
    public var levels: Int?
    public var exercises: [Exercise]
  }

  /// An exercise: the question, the knobs to move, what the group should discover, and how
  /// CareSim computes the trainer's answer.
  public struct Exercise: Sendable, Equatable {
    public var id: String
    public var title: Phrase
    public var question: Phrase
    public var knobs: [String]
    public var discover: Phrase
    public var answer: Answer
  }

  /// How an exercise's answer is computed from the precomputed cells.
  public enum Answer: Sendable, Equatable {
    /// The split of the programme's cost at which every payer comes out even, at the base.
    case breakEvenSplit
    /// What moving a knob from its lowest to its highest level does to a payer's balance.
    case knobEffect(knob: String, payer: String)
    /// The levels of a knob at which a payer's balance is at or above zero, at the scenario's
    /// split.
    case breakEvenLevel(knob: String, payer: String)
    /// The year from which a payer's cumulative balance stays at or above zero, at the base.
    case breakEvenYear(payer: String)
  }
}

extension ScenarioReader {
  static let payers = ["wmo", "zvw", "wlz", "informal", "society"]

  mutating func readWorkshop(_ value: JSONValue?) -> Scenario.Workshop? {
    guard let value else { return nil }
    guard let fields = object(value, at: "workshop", keys: ["knobs", "levels", "exercises"])
    else { return nil }
    let knobs = fields["knobs"].map { strings($0, at: "workshop.knobs") }
    let levels =
      fields["levels"] == nil ? nil : integer(fields, "levels", at: "workshop", allowed: 2...6)
    var exercises: [Scenario.Exercise] = []
    let list = fields["exercises"]?.arrayValue ?? []
    if let value = fields["exercises"], value.arrayValue == nil {
      report("workshop.exercises", .wrongType(expected: "an array", found: value.typeName))
    }
    for (index, item) in list.enumerated() {
      if let exercise = readExercise(item, at: "workshop.exercises.\(index)") {
        exercises.append(exercise)
      }
    }
    return Scenario.Workshop(knobs: knobs, levels: levels, exercises: exercises)
  }

  private mutating func readExercise(_ value: JSONValue, at path: String) -> Scenario.Exercise? {
    guard
      let fields = object(
        value, at: path, keys: ["id", "title", "question", "knobs", "discover", "answer"])
    else { return nil }
    let id = string(fields, "id", at: path, required: true) ?? ""
    let title = phrase(fields["title"], at: Self.join(path, "title"))
    let question = phrase(fields["question"], at: Self.join(path, "question"))
    let discover = phrase(fields["discover"], at: Self.join(path, "discover"))
    let knobs = fields["knobs"].map { strings($0, at: Self.join(path, "knobs")) } ?? []
    let answerPath = Self.join(path, "answer")
    let answerFields = object(fields["answer"], at: answerPath, keys: ["kind", "knob", "payer"])
    let kinds = ["breakEvenSplit", "knobEffect", "breakEvenLevel", "breakEvenYear"]
    let kind = choice(answerFields, "kind", at: answerPath, choices: kinds)
    let needsKnob = kind == "knobEffect" || kind == "breakEvenLevel"
    let knob = string(answerFields, "knob", at: answerPath, required: needsKnob) ?? ""
    let payer =
      kind == "breakEvenSplit"
      ? "" : choice(answerFields, "payer", at: answerPath, choices: Self.payers) ?? ""
    let answer: Scenario.Answer
    switch kind {
    case "knobEffect": answer = .knobEffect(knob: knob, payer: payer)
    case "breakEvenLevel": answer = .breakEvenLevel(knob: knob, payer: payer)
    case "breakEvenYear": answer = .breakEvenYear(payer: payer)
    default: answer = .breakEvenSplit
    }
    guard let title, let question, let discover else { return nil }
    return Scenario.Exercise(
      id: id, title: title, question: question, knobs: knobs, discover: discover, answer: answer)
  }

  /// `{en: "...", nl: "..."}`.
  private mutating func phrase(_ value: JSONValue?, at path: String) -> Scenario.Phrase? {
    let fields = object(value, at: path, keys: ["en", "nl"])
    guard let english = string(fields, "en", at: path, required: true),
      let dutch = string(fields, "nl", at: path, required: true)
    else { return nil }
    return Scenario.Phrase(english: english, dutch: dutch)
  }

  /// An array of strings.
  private mutating func strings(_ value: JSONValue, at path: String) -> [String] {
    guard let items = value.arrayValue else {
      report(path, .wrongType(expected: "an array of strings", found: value.typeName))
      return []
    }
    var texts: [String] = []
    for (index, item) in items.enumerated() {
      guard let text = item.stringValue else {
        report(
          Self.join(path, String(index)), .wrongType(expected: "a string", found: item.typeName))
        continue
      }
      texts.append(text)
    }
    return texts
  }
}

extension ScenarioReader {
  /// Every knob a workshop names is a number with a range (the levels span it), and every knob an
  /// exercise names is one of the workshop's.
  mutating func checkKnobs(_ workshop: Scenario.Workshop) {
    for (index, knob) in (workshop.knobs ?? []).enumerated() where ranges[knob] == nil {
      report(
        "workshop.knobs.\(index)",
        .invalid(reason: "'\(knob)' is not a number with a range in this file; a knob needs one"))
    }
    for (index, exercise) in workshop.exercises.enumerated() {
      let named = exercise.knobs + [exercise.answer.knob].compactMap { $0 }
      for knob in named where ranges[knob] == nil {
        report(
          "workshop.exercises.\(index)",
          .invalid(reason: "'\(knob)' is not a number with a range in this file; a knob needs one"))
      }
    }
  }
}

extension Scenario.Answer {
  /// The knob the answer is about, if any.
  public var knob: String? {
    switch self {
    case .knobEffect(let knob, _), .breakEvenLevel(let knob, _): knob
    case .breakEvenSplit, .breakEvenYear: nil
    }
  }
}
