// Scenario parsing figures: how fast the scenario reader reads the largest shipped file, beside
// Foundation's JSON5 decoder that it replaced, and how it copes with a file at the size limit.

import Dispatch
import Foundation
import JSON5

/// Keeps a value alive, so that the optimiser cannot drop the work that produced it.
@inline(never)
private func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}

private func seconds(since start: UInt64) -> Double {
  Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Parses `data` repeatedly for about `budget` seconds and returns the seconds per parse.
///
/// The time is that of the fastest of five rounds: the machine may be shared, and other work
/// only ever adds time. Each parse's member count is checked against the first's, and the last
/// result is kept alive.
private func timeParses(
  of data: Data, budget: Double, _ parse: (Data) throws -> JSONValue
) -> Double {
  func parsed() -> JSONValue {
    do {
      return try parse(data)
    } catch {
      print("cannot parse the benchmark input: \(error)")
      exit(1)
    }
  }
  let members = parsed().objectValue?.count ?? 0
  precondition(members > 0, "the benchmark input is not an object with members")
  var last = JSONValue.null
  var fastest = Double.infinity
  for _ in 0..<5 {
    var count = 0
    let start = DispatchTime.now().uptimeNanoseconds
    repeat {
      last = parsed()
      precondition(last.objectValue?.count == members, "a parse gave a different document")
      count += 1
    } while seconds(since: start) < budget / 5
    fastest = min(fastest, seconds(since: start) / Double(count))
  }
  blackHole(last)
  return fastest
}

/// Prints parses per second, microseconds per parse and MB/s for the largest shipped scenario or
/// validation file, then one parse of a file at the 10 MB limit made of 5 million numbers.
func printScenarioParsingFigures(quick: Bool) {
  let manager = FileManager.default
  let files = ["Scenarios", "Scenarios/validation"].flatMap { folder in
    ((try? manager.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".json") }.map { "\(folder)/\($0)" }
  }
  let inputs = files.compactMap { path in manager.contents(atPath: path).map { (path, $0) } }
  guard let (path, data) = inputs.max(by: { $0.1.count < $1.1.count }) else {
    print("no scenario files under Scenarios/ (run from the repository root)")
    exit(1)
  }
  let reference: JSONValue
  do {
    let decoder = JSONDecoder()
    decoder.allowsJSON5 = true
    reference = try decoder.decode(JSONValue.self, from: data)
    let parsed = try JSONValue.parse(data)
    precondition(parsed == reference, "\(path) parses differently from Foundation's reading")
  } catch {
    print("cannot parse \(path): \(error)")
    exit(1)
  }

  print("")
  print(
    "Scenario parsing: the largest shipped file, \(path) (\(data.count) bytes), "
      + "parsed to a JSONValue")
  print("reader                               µs per parse    parses/s      MB/s")
  let budget = quick ? 0.3 : 2
  let decoder = JSONDecoder()
  decoder.allowsJSON5 = true
  let readers: [(String, (Data) throws -> JSONValue)] = [
    ("CareSim JSON5Parser (with source map)", { try JSONValue.parseWithSourceMap($0).value }),
    ("Foundation JSONDecoder (JSON5)", { try decoder.decode(JSONValue.self, from: $0) }),
  ]
  for (name, parse) in readers {
    _ = timeParses(of: data, budget: budget / 10, parse)  // warm-up
    let perParse = timeParses(of: data, budget: budget, parse)
    print(
      name.padding(toLength: 37, withPad: " ", startingAt: 0)
        + String(
          format: "%12.1f  %10.0f  %8.1f", perParse * 1e6, 1 / perParse,
          Double(data.count) / perParse / 1e6))
  }

  // The worst case the size limit admits: as many values as 10 MB can hold.
  var limit = [UInt8](repeating: UInt8(ascii: ","), count: 10_000_000)
  for index in stride(from: 1, to: limit.count, by: 2) { limit[index] = UInt8(ascii: "7") }
  limit[0] = UInt8(ascii: "[")
  limit[limit.count - 1] = UInt8(ascii: "]")
  let start = DispatchTime.now().uptimeNanoseconds
  let numbers: Int
  do {
    numbers = try JSONValue.parse(Data(limit)).arrayValue?.count ?? 0
  } catch {
    print("cannot parse the 10 MB file: \(error)")
    exit(1)
  }
  let elapsed = seconds(since: start)
  precondition(numbers == limit.count / 2 - 1, "the 10 MB file gave \(numbers) numbers")
  print(
    String(
      format: "10 MB of %d numbers (the size limit): %.2f s, %.0f MB/s, peak memory %.0f MiB",
      numbers, elapsed, 10 / elapsed, peakMemoryMiB()))
}
