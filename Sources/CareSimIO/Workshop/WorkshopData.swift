import CareSimCore
import JSON5

/// The data a workshop page embeds: the knobs, every computed cell, the exercises with the answers
/// CareSim computed, and where it all comes from (the document `WorkshopPage` reads).
package struct WorkshopData: Sendable {
  package var scenario: Scenario
  package var grid: WorkshopGrid
  package var seed: UInt64
  package var replications: Int

  package init(scenario: Scenario, grid: WorkshopGrid, seed: UInt64, replications: Int) {
    self.scenario = scenario
    self.grid = grid
    self.seed = seed
    self.replications = replications
  }

  /// The document, in the format WorkshopPage reads (`format` 1).
  package func document() -> JSONValue {
    let payers = ["wmo", "zvw", "wlz", "informal"]
    let funders: [Funder] = [.wmo, .zvw, .wlz, .informal]
    func numbers(_ values: [Double]) -> JSONValue { .array(values.map(DataNumber.json)) }
    let cells: [JSONValue] = grid.cells.map { cell in
      .object([
        "levels": .array(cell.levels.map { .number(Double($0)) }),
        "perReplication": .object([
          "savings": .object(
            Dictionary(
              uniqueKeysWithValues: zip(payers, funders).map { name, funder in
                (name, numbers(cell.savings.map { $0[funder] }))
              })),
          "cost": numbers(cell.cost),
          "qalys": numbers(cell.qalys),
        ]),
        "byYear": .object([
          "savings": .object(
            Dictionary(
              uniqueKeysWithValues: zip(payers, funders).map { name, funder in
                (name, numbers(cell.yearlySavings.map { $0[funder] }))
              })),
          "cost": numbers(cell.yearlyCost),
        ]),
      ])
    }
    let knobs: [JSONValue] = grid.knobs.map { knob in
      let description = WorkshopKnobs.describe(knob.name)
      var fields: [String: JSONValue] = [
        "id": .string(description.id), "path": .string(knob.name),
        "label": .object(["en": .string(description.english), "nl": .string(description.dutch)]),
        "short": .object([
          "en": .string(description.short.english), "nl": .string(description.short.dutch),
        ]),
        "format": .string(description.format),
        "levels": numbers(knob.levels), "base": .number(Double(knob.base)),
      ]
      if let unit = description.unit {
        fields["unit"] = .object(["en": .string(unit.english), "nl": .string(unit.dutch)])
      }
      return .object(fields)
    }
    let provenance = scenario.provenanceJSON
    let split = scenario.parameters.fundingSplit
    return .object([
      "format": .number(1),
      "title": .string(scenario.metadata.title),
      "scenario": provenance["scenario"] ?? .null,
      "seed": .string(String(seed)),
      "replications": .number(Double(replications)),
      "years": .number(Double(grid.cells.first?.yearlyCost.count ?? 0)),
      "valuePerQALY": DataNumber.json(scenario.parameters.valuePerQALY),
      "split": .object([
        "wmo": .number(split[.wmo]), "zvw": .number(split[.zvw]), "wlz": .number(split[.wlz]),
      ]),
      "knobs": .array(knobs),
      "design": .string(grid.design.rawValue),
      "cells": .array(cells),
      "exercises": .array(exercises()),
      "caresimVersion": .string(CareSimVersion.current),
    ])
  }

  /// The exercises of the scenario's workshop section, each with its answer in both languages.
  func exercises() -> [JSONValue] {
    let workshop = scenario.workshop
    let answers = WorkshopAnswers(grid: grid, split: scenario.parameters.fundingSplit)
    return (workshop?.exercises ?? []).map { exercise in
      func both(_ phrase: Scenario.Phrase) -> JSONValue {
        .object(["en": .string(phrase.english), "nl": .string(phrase.dutch)])
      }
      return .object([
        "id": .string(exercise.id), "title": both(exercise.title),
        "question": both(exercise.question),
        "knobs": .array(exercise.knobs.map { .string(WorkshopKnobs.describe($0).id) }),
        "discover": both(exercise.discover),
        "answer": .object([
          "en": .string(answers.answer(exercise.answer, locale: .en)),
          "nl": .string(answers.answer(exercise.answer, locale: .nl)),
        ]),
      ])
    }
  }
}

/// The knobs a workshop moves when the scenario names none, and how each is labelled and shown.
package enum WorkshopKnobs {
  /// A knob's short id, its label in both languages, and how its levels are written.
  package struct Description: Sendable {
    package var id: String
    package var english: String
    package var dutch: String
    package var format: String
    /// How the knob reads inside a sentence ("signalling at 60% instead of 40%").
    package var short: Scenario.Phrase
    /// What a level is per, written after it ("a month").
    package var unit: Scenario.Phrase?
  }

  /// The default knobs, in the order a page shows them (the schema's): signalling, prevention,
  /// escalation, substitution, efficiency, volunteer dropout and the programme's cost.
  package static let defaults: [(path: String, description: Description)] =
    ScenarioSchema.fields.compactMap { field in
      guard let knob = field.knob, knob.isDefault else { return nil }
      return (field.path, Description(field, knob: knob))
    }

  /// The description of a knob: a known one's, or one made from its path.
  package static func describe(_ path: String) -> Description {
    if let field = ScenarioSchema.field(at: path), let knob = field.knob {
      return Description(field, knob: knob)
    }
    let words = path.split(separator: ".").suffix(2).joined(separator: " ")
    let id = path.split(separator: ".").map(String.init).joined(separator: "-")
    return Description(
      id: id, english: words, dutch: words, format: "number",
      short: Scenario.Phrase(english: words, dutch: words), unit: nil)
  }
}

extension WorkshopKnobs.Description {
  /// A field's knob, labelled as the schema labels the field.
  init(_ field: ScenarioField, knob: ScenarioField.Knob) {
    self.init(
      id: knob.id, english: field.description.english, dutch: field.description.dutch,
      format: field.unit.format, short: field.label, unit: field.unit.per)
  }
}
