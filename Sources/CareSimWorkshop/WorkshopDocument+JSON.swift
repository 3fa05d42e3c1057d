import CareSimCore
import CareSimScenario
import JSON5

extension WorkshopDocument {
  /// The document as the page embeds it and its script reads it (`format` 1).
  var json: JSONValue {
    var fields: [String: JSONValue] = [
      "format": .number(1),
      "scenario": scenario.json,
      "seed": .string(String(seed)),
      "replications": .number(Double(replications)),
      "years": .number(Double(years)),
      "valuePerQALY": valuePerQALY.map(Self.number) ?? .null,
      "split": .object(
        Dictionary(uniqueKeysWithValues: Funder.payers.map { ("\($0)", .number(split[$0])) })),
      "knobs": .array(knobs.map(\.json)),
      "design": .string(design.rawValue),
      "cells": .array(cells.map(\.json)),
      "exercises": .array(exercises.map(\.json)),
    ]
    if let caresimVersion { fields["caresimVersion"] = .string(caresimVersion) }
    return .object(fields)
  }

  /// A number as the document writes it: `null` where it does not exist.
  static func number(_ value: Double) -> JSONValue { value.isFinite ? .number(value) : .null }

  static func numbers(_ values: [Double]) -> JSONValue { .array(values.map(number)) }

  /// A series per saver, by the saver's name.
  static func bySaver(_ series: [Funder: [Double]]) -> JSONValue {
    .object(
      Dictionary(uniqueKeysWithValues: savers.map { ("\($0)", numbers(series[$0] ?? [])) }))
  }
}

extension Scenario.Phrase {
  /// A text of the document: an object with `en` and `nl`.
  var json: JSONValue { .object(["en": .string(english), "nl": .string(dutch)]) }
}

extension WorkshopDocument.Knob {
  var json: JSONValue {
    var fields: [String: JSONValue] = [
      "id": .string(id), "path": .string(path), "label": label.json, "format": .string(format),
      "levels": WorkshopDocument.numbers(levels), "base": .number(Double(base)),
    ]
    if let short { fields["short"] = short.json }
    if let unit { fields["unit"] = unit.json }
    return .object(fields)
  }
}

extension WorkshopDocument.Cell {
  var json: JSONValue {
    .object([
      "levels": .array(levels.map { .number(Double($0)) }),
      "perReplication": .object([
        "savings": WorkshopDocument.bySaver(savings),
        "cost": WorkshopDocument.numbers(cost),
        "qalys": WorkshopDocument.numbers(qalys),
      ]),
      "byYear": .object([
        "savings": WorkshopDocument.bySaver(yearlySavings),
        "cost": WorkshopDocument.numbers(yearlyCost),
      ]),
    ])
  }
}

extension WorkshopDocument.Exercise {
  var json: JSONValue {
    .object([
      "id": .string(id), "title": title.json, "question": question.json,
      "knobs": .array(knobs.map(JSONValue.string)), "discover": discover.json,
      "answer": answer.json,
    ])
  }
}
