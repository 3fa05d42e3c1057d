import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimScenario

/// A teaching scenario's `workshop` section: its knobs, levels and exercises, each answer kind,
/// and the errors that name what is wrong and where.
///
/// The cases edit `Scenarios/workshop/who-pays.json` and read it from its own place, so that the
/// files it extends are found.
@Suite struct ScenarioWorkshopTests {
  static let url = RepositoryFiles.root.appendingPathComponent("Scenarios/workshop/who-pays.json")
  static let prevention = "mechanisms.prevention.relativeRisk"

  /// The teaching scenario with `original` (which must occur once) replaced.
  static func edited(_ original: String, _ replacement: String) throws -> Data {
    let text = try String(contentsOf: url, encoding: .utf8)
    try #require(text.ranges(of: original).count == 1, "'\(original)' must occur once")
    return Data(text.replacingOccurrences(of: original, with: replacement).utf8)
  }

  /// The errors of a scenario text read from the teaching scenario's place, each as its line
  /// without the file: `LINE: FIELD: MESSAGE`.
  static func errors(_ data: Data) -> [String] {
    do {
      _ = try Scenario.parse(data, file: url.path)
      return []
    } catch {
      return error.errors.map { String($0.description.dropFirst(url.path.count + 1)) }
    }
  }

  static let answer = #"answer: { kind: "breakEvenSplit" },"#

  /// The shipped exercises' Dutch reads as Dutch: Dutch words only, single spaces, and none of
  /// the wordings a Dutch reader stumbled over ("voorkomen escalatie" for prevented escalation,
  /// which reads as "escalation that occurs"; "een gespleten prikkel"; "vervangen zorg dragen").
  @Test(
    arguments: [
      "early-signalling", "groningen-teams", "prevention", "volunteers", "who-pays",
    ])
  func theShippedExercisesReadAsDutch(name: String) throws {
    let url = RepositoryFiles.root.appendingPathComponent("Scenarios/workshop/\(name).json")
    let exercises = try #require(Scenario.load(from: url).workshop?.exercises)
    let english: Set<String> = ["the", "and", "with", "without", "to", "by", "for", "each"]
    for exercise in exercises {
      for text in [exercise.title.dutch, exercise.question.dutch, exercise.discover.dutch] {
        for wording in [
          ": voorkomen escalatie", "bij voorkomen escalatie", "dan voorkomen escalatie",
          "gespleten prikkel", "dragen vervangen zorg", "worden eerder bediend", "  ",
        ] {
          #expect(!text.contains(wording), "\(name): '\(wording)' in \(text)")
        }
        let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
        #expect(words.isDisjoint(with: english), "\(name): \(text)")
      }
    }
  }

  @Test func theShippedSectionReads() throws {
    let scenario = try Scenario.load(from: Self.url)
    let workshop = try #require(scenario.workshop)
    #expect(
      workshop.knobs == [
        "mechanisms.signalling.participantMonthlyProbability", Self.prevention,
        "intervention.fixedCostPerYear",
      ])
    #expect(workshop.levels == 3)
    let exercise = try #require(workshop.exercises.first)
    #expect(workshop.exercises.count == 1)
    #expect(exercise.id == "who-pays")
    #expect(exercise.title.text(.en) == "Who pays, who saves?")
    #expect(exercise.title.text(.nl) == "Wie betaalt, wie bespaart?")
    #expect(exercise.knobs == [Self.prevention])
    #expect(exercise.answer == .breakEvenSplit)
    #expect(exercise.answer.knob == nil)
  }

  /// Each answer kind reads with the knob and payer it needs; a break-even split needs neither.
  @Test(
    arguments: [
      (
        #"answer: { kind: "knobEffect", knob: "mechanisms.prevention.relativeRisk", payer: "wmo" },"#,
        Scenario.Answer.knobEffect(knob: prevention, payer: "wmo")
      ),
      (
        #"answer: { kind: "breakEvenLevel", knob: "mechanisms.prevention.relativeRisk", payer: "society" },"#,
        .breakEvenLevel(knob: prevention, payer: "society")
      ),
      (
        #"answer: { kind: "breakEvenYear", payer: "informal" },"#, .breakEvenYear(payer: "informal")
      ),
    ])
  func everyAnswerKindReads(text: String, expected: Scenario.Answer) throws {
    let scenario = try Scenario.parse(try Self.edited(Self.answer, text), file: Self.url.path)
    let answer = try #require(scenario.workshop?.exercises.first?.answer)
    #expect(answer == expected)
    #expect(answer.knob == (expected == .breakEvenYear(payer: "informal") ? nil : Self.prevention))
  }

  @Test(
    arguments: [
      (
        "levels: 3,", "levels: 7,",
        ["13: workshop.levels: 7 is out of range; allowed [2, 6]"]
      ),
      (
        "levels: 3,", "levels: 3, rounds: 2,",
        ["13: workshop.rounds: unknown key; allowed here: exercises, knobs, levels"]
      ),
      (
        "knobs: [\"mechanisms.signalling", "knobs: [\"simulation.seed\", \"mechanisms.signalling",
        [
          "12: workshop.knobs.0: 'simulation.seed' is not a number with a range in this file; a knob "
            + "needs one"
        ]
      ),
      (
        "knobs: [\"mechanisms.signalling", "knobs: [3, \"mechanisms.signalling",
        ["12: workshop.knobs.0: expected a string, found number"]
      ),
      (
        #"knobs: ["mechanisms.prevention.relativeRisk"],"#, #"knobs: ["intervention.nope"],"#,
        [
          "15: workshop.exercises.0: 'intervention.nope' is not a number with a range in this file; "
            + "a knob needs one"
        ]
      ),
      (
        answer, #"answer: { kind: "breakEvenMonth", payer: "wmo" },"#,
        [
          "21: workshop.exercises.0.answer.kind: 'breakEvenMonth' is not one of: breakEvenSplit, "
            + "knobEffect, breakEvenLevel, breakEvenYear"
        ]
      ),
      (
        answer, #"answer: { kind: "breakEvenYear", payer: "wijk" },"#,
        [
          "21: workshop.exercises.0.answer.payer: 'wijk' is not one of: wmo, zvw, wlz, informal, "
            + "society"
        ]
      ),
      (
        answer, #"answer: { kind: "knobEffect", payer: "wmo" },"#,
        [
          "21: workshop.exercises.0.answer.knob: missing; expected a string",
          // A follow-on error: the knob check then names the missing knob as ''.
          "15: workshop.exercises.0: '' is not a number with a range in this file; a knob needs one",
        ]
      ),
      (
        #"title: { en: "Who pays, who saves?", nl: "Wie betaalt, wie bespaart?" },"#,
        #"title: { en: "Who pays, who saves?" },"#,
        ["17: workshop.exercises.0.title.nl: missing; expected a string"]
      ),
    ] as [(String, String, [String])])
  func aMistakeIsNamedAtItsField(original: String, replacement: String, expected: [String])
    throws
  {
    let errors = Self.errors(try Self.edited(original, replacement))
    #expect(errors == expected)
  }

  @Test func exercisesMustBeAList() throws {
    let text = try String(contentsOf: Self.url, encoding: .utf8)
    let start = try #require(text.range(of: "exercises: ["))
    let end = try #require(
      text.range(of: "    ],\n  },\n}", range: start.upperBound..<text.endIndex))
    let edited = text.replacingCharacters(
      in: start.lowerBound..<end.upperBound, with: "exercises: {},\n  },\n}")
    #expect(
      Self.errors(Data(edited.utf8)) == ["14: workshop.exercises: expected an array, found object"])
  }

  @Test func aPhraseIsInTheLanguageAsked() {
    let phrase = Scenario.Phrase(english: "Who pays?", dutch: "Wie betaalt?")
    #expect(phrase.text(.en) == "Who pays?")
    #expect(phrase.text(.nl) == "Wie betaalt?")
  }
}
