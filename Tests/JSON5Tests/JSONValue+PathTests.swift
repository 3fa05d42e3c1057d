import JSON5
import Testing

/// Addressing a document by dotted path: reading, setting a number, listing the numbers.
@Suite struct JSONValuePathTests {
  /// A scenario-shaped document with plain numbers, sourced numbers and arrays.
  let document: JSONValue = .object([
    "mechanisms": .object([
      "substitution": .object([
        "share": .object(["value": .number(0.85), "source": .string("Smith 2020, table 3")]),
        "lag": .number(2),
        "label": .string("sub"),
      ]),
      "range": .object(["value": .number(0.5), "low": .number(0.4), "high": .number(0.6)]),
    ]),
    "needLevels": .array([
      .object(["utility": .number(0.9)]),
      .object(["utility": .number(0.7)]),
      .object(["utility": .number(0.4), "name": .string("high")]),
    ]),
    "enabled": .bool(true),
    "notSourced": .object(["value": .string("x")]),
  ])

  @Test func valueAtPathFollowsMembersAndIndices() {
    #expect(document.value(at: "mechanisms.substitution.lag") == .number(2))
    #expect(document.value(at: "needLevels.2.utility") == .number(0.4))
    #expect(document.value(at: "mechanisms.substitution.share.value") == .number(0.85))
    #expect(document.value(at: "") == document)
  }

  @Test(arguments: [
    "needLevels.3.utility", "needLevels.02.utility", "needLevels.-1", "enabled.x", "a..b", "x",
  ])
  func valueAtMissingPathIsNil(path: String) {
    #expect(document.value(at: path) == nil)
  }

  @Test func setNumberReplacesAPlainNumber() throws {
    var value = document
    try value.setNumber(0.65, at: "needLevels.1.utility")
    #expect(value.value(at: "needLevels.1.utility") == .number(0.65))
    #expect(value.value(at: "needLevels.0.utility") == .number(0.9))
  }

  @Test func setNumberWritesTheValueOfASourcedNumberAndKeepsItsSource() throws {
    var value = document
    try value.setNumber(0.5, at: "mechanisms.substitution.share")
    #expect(
      value.value(at: "mechanisms.substitution.share")
        == .object(["value": .number(0.5), "source": .string("Smith 2020, table 3")])
    )
    var expected = document
    try expected.setNumber(0.5, at: "mechanisms.substitution.share.value")
    #expect(value == expected)
  }

  @Test func setNumberOnAMissingPathSuggestsNearbyNumericPaths() {
    var value = document
    #expect(
      throws: JSONValue.PathError.notFound(
        path: "mechanisms.substitution.shar", nearby: ["mechanisms.substitution.share"])
    ) {
      try value.setNumber(1, at: "mechanisms.substitution.shar")
    }
    #expect(
      throws: JSONValue.PathError.notFound(
        path: "needLevels.7.utility",
        nearby: ["needLevels.0.utility", "needLevels.1.utility", "needLevels.2.utility"])
    ) {
      try value.setNumber(1, at: "needLevels.7.utility")
    }
    #expect(throws: JSONValue.PathError.notFound(path: "zzz", nearby: [])) {
      try value.setNumber(1, at: "zzz")
    }
    #expect(value == document)
  }

  @Test func nearbySuggestionsAreCappedAtTenInSortedOrder() {
    var value = JSONValue.object(["p": .array((0..<25).map { .number(Double($0)) })])
    // Every numeric path shares "p." with "p.x"; the first ten in String order are offered.
    let expected = (0..<25).map { "p.\($0)" }.sorted().prefix(10)
    #expect(throws: JSONValue.PathError.notFound(path: "p.x", nearby: Array(expected))) {
      try value.setNumber(1, at: "p.x")
    }
    // A longer shared prefix narrows the list: "p.9" is the only path sharing "p.9".
    #expect(throws: JSONValue.PathError.notFound(path: "p.99", nearby: ["p.9"])) {
      try value.setNumber(1, at: "p.99")
    }
  }

  @Test(
    arguments: [
      ("enabled", "boolean"), ("mechanisms.substitution", "object"),
      ("mechanisms.substitution.label", "string"), ("needLevels", "array"),
      ("notSourced", "object"),
    ]
  )
  func setNumberOnANonNumberThrowsNotANumber(path: String, found: String) {
    var value = document
    #expect(throws: JSONValue.PathError.notANumber(path: path, found: found)) {
      try value.setNumber(1, at: path)
    }
    #expect(value == document)
  }

  @Test func numericPathsListsNumbersAndSourcedNumbersSorted() {
    #expect(
      document.numericPaths() == [
        "mechanisms.range", "mechanisms.range.high", "mechanisms.range.low",
        "mechanisms.substitution.lag", "mechanisms.substitution.share",
        "needLevels.0.utility", "needLevels.1.utility", "needLevels.2.utility",
      ]
    )
  }

  @Test func everyNumericPathCanBeSet() throws {
    var value = document
    for path in document.numericPaths() {
      try value.setNumber(-1, at: path)
    }
    #expect(value.numericPaths() == document.numericPaths())
    for path in value.numericPaths() {
      let target = try #require(value.value(at: path))
      #expect((target.numberValue ?? target.value(at: "value")?.numberValue) == -1, "\(path)")
    }
  }

  @Test func pathErrorDescriptionsAreOneLine() {
    #expect(
      JSONValue.PathError.notFound(path: "a.b", nearby: ["a.c", "a.d"]).description
        == "no value at 'a.b'; did you mean: a.c, a.d"
    )
    #expect(JSONValue.PathError.notFound(path: "a", nearby: []).description == "no value at 'a'")
    #expect(
      JSONValue.PathError.notANumber(path: "a", found: "string").description
        == "expected a number at 'a', found string"
    )
  }
}
