import Testing

@testable import CareSimWorkshop

/// Looking up the page's words: the table of a language, a text, and a text with its
/// placeholders filled in.
@Suite struct WorkshopLabelsTests {
  @Test func eachLanguageHasItsOwnTable() {
    #expect(WorkshopLabels.table(.en) == WorkshopLabels.english)
    #expect(WorkshopLabels.table(.nl) == WorkshopLabels.dutch)
    #expect(WorkshopLabels.text("provenance.file", .en) == "File")
    #expect(WorkshopLabels.text("provenance.file", .nl) == "Bestand")
  }

  /// `{1}` takes the first argument, `{2}` the second, wherever each stands and however often.
  @Test func placeholdersAreFilledByPosition() {
    #expect(
      WorkshopLabels.text("lede", .en, "100 simulated runs", "10 years", "277")
        == "100 simulated runs per setting over 10 years; 277 settings computed. Move a knob and "
        + "every figure follows.")
    #expect(WorkshopLabels.text("setting.knob", .nl, "Preventie", "0,85") == "Preventie: 0,85")
    #expect(WorkshopLabels.text("page.title", .en, "Wijk {1}") == "Wijk {1} · CareSim workshop")
  }

  /// A count before a noun takes the noun's number: "over 1 year", never "over 1 years"; Dutch
  /// keeps "jaar" after any count.
  @Test func aCountTakesTheNounsNumber() {
    #expect(WorkshopLabels.counted(1, "years", .en) == "1 year")
    #expect(WorkshopLabels.counted(10, "years", .en) == "10 years")
    #expect(WorkshopLabels.counted(0, "years", .en) == "0 years")
    #expect(WorkshopLabels.counted(1, "runs", .en) == "1 simulated run")
    #expect(WorkshopLabels.counted(1, "years", .nl) == "1 jaar")
    #expect(WorkshopLabels.counted(10, "years", .nl) == "10 jaar")
    #expect(WorkshopLabels.counted(1, "runs", .nl) == "1 gesimuleerde run")
    #expect(
      WorkshopLabels.text(
        "breakEven.never", .en, "Wmo", WorkshopLabels.counted(1, "years", .en))
        == "Wmo: does not break even within 1 year.")
  }

  /// Arguments left over are ignored, and a placeholder without its argument stays as it is.
  @Test func extraArgumentsAreIgnoredAndMissingOnesLeaveThePlaceholder() {
    #expect(WorkshopLabels.text("knob.atBase", .en, "25%", "unused") == "25% (base)")
    #expect(WorkshopLabels.text("setting.knob", .en, "Signalling") == "Signalling: {2}")
  }

  #if compiler(>=6.2)
  /// A key the tables lack is a bug of the page: it traps.
  @Test func aMissingKeyTraps() async {
    await #expect(processExitsWith: .failure) {
      _ = WorkshopLabels.text("no.such.label", .en)
    }
  }
  #endif
}
