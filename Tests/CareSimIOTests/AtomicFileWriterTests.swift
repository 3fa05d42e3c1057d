import CareSimIO
import Foundation
import Testing

/// A fresh, empty folder for one test, removed when the test ends.
private struct ScratchFolder: ~Copyable {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("AtomicFileWriterTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// The names in the folder, sorted, including hidden ones (so temporary leftovers show up).
  func contents(of subfolder: String? = nil) throws -> [String] {
    let folder = subfolder.map { url.appendingPathComponent($0) } ?? url
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }
}

@Suite struct AtomicFileWriterTests {
  // MARK: write(_:to:)

  @Test func writtenContentReadsBack() throws {
    let folder = try ScratchFolder()
    let file = folder.url.appendingPathComponent("summary.csv")
    let data = Data("arm,cost\nusual,1200\n".utf8)
    try AtomicFileWriter.write(data, to: file)
    #expect(try Data(contentsOf: file) == data)
    #expect(try folder.contents() == ["summary.csv"])
  }

  @Test func overwritingReplacesContentAndLeavesNoTemporaryFiles() throws {
    let folder = try ScratchFolder()
    let file = folder.url.appendingPathComponent("report.json")
    try AtomicFileWriter.write(Data(repeating: 0x41, count: 100_000), to: file)
    try AtomicFileWriter.write(Data("short".utf8), to: file)
    try AtomicFileWriter.write(Data(), to: folder.url.appendingPathComponent("empty"))
    #expect(try Data(contentsOf: file) == Data("short".utf8))
    #expect(try Data(contentsOf: folder.url.appendingPathComponent("empty")).isEmpty)
    #expect(try folder.contents() == ["empty", "report.json"])
  }

  @Test func missingParentFolderNamesThePathAndLeavesNothingBehind() throws {
    let folder = try ScratchFolder()
    let file = folder.url.appendingPathComponent("missing/out.csv")
    let error = try #require(throws: AtomicFileWriter.WriteError.self) {
      try AtomicFileWriter.write(Data("x".utf8), to: file)
    }
    #expect(error.path == file.path)
    #expect(error.description.contains(file.path))
    #expect(error.reason == "No such file or directory")
    #expect(try folder.contents().isEmpty)
  }

  @Test func failedRenameRemovesTheTemporaryFile() throws {
    let folder = try ScratchFolder()
    // A non-empty directory in the way: the temporary file is created, then rename fails.
    let target = folder.url.appendingPathComponent("taken")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
    try Data("keep".utf8).write(to: target.appendingPathComponent("inside"))
    let error = try #require(throws: AtomicFileWriter.WriteError.self) {
      try AtomicFileWriter.write(Data("x".utf8), to: target)
    }
    #expect(error.path == target.path)
    #expect(error.operation == "rename into place")
    #expect(try folder.contents() == ["taken"])
    #expect(try folder.contents(of: "taken") == ["inside"])
  }

  // MARK: writeDirectory(_:to:)

  @Test func writeDirectoryCreatesAllFilesIncludingSubfolders() throws {
    let folder = try ScratchFolder()
    let output = folder.url.appendingPathComponent("run-1")
    let files = [
      "summary.csv": Data("a,b\n".utf8),
      "charts/cost.svg": Data("<svg/>".utf8),
      "charts/deep/x.json": Data("{}".utf8),
    ]
    try AtomicFileWriter.writeDirectory(files, to: output)
    for (name, data) in files {
      #expect(try Data(contentsOf: output.appendingPathComponent(name)) == data, "\(name)")
    }
    #expect(try folder.contents() == ["run-1"])
    #expect(try folder.contents(of: "run-1") == ["charts", "summary.csv"])
  }

  @Test func writeDirectoryReplacesAnExistingDirectoryCompletely() throws {
    let folder = try ScratchFolder()
    let output = folder.url.appendingPathComponent("run")
    try AtomicFileWriter.writeDirectory(
      ["old.csv": Data("old".utf8), "shared.csv": Data("old".utf8), "sub/old.txt": Data()],
      to: output
    )
    try AtomicFileWriter.writeDirectory(
      ["new.csv": Data("new".utf8), "shared.csv": Data("new".utf8)],
      to: output
    )
    #expect(try folder.contents() == ["run"])
    #expect(try folder.contents(of: "run") == ["new.csv", "shared.csv"])
    #expect(try Data(contentsOf: output.appendingPathComponent("shared.csv")) == Data("new".utf8))
  }

  @Test func writeDirectoryWithNoFilesLeavesAnEmptyDirectory() throws {
    let folder = try ScratchFolder()
    let output = folder.url.appendingPathComponent("run")
    try AtomicFileWriter.writeDirectory(["a": Data()], to: output)
    try AtomicFileWriter.writeDirectory([:], to: output)
    #expect(try folder.contents(of: "run").isEmpty)
    #expect(try folder.contents() == ["run"])
  }

  @Test func writeDirectoryWithMissingParentNamesThePathAndLeavesNothingBehind() throws {
    let folder = try ScratchFolder()
    let output = folder.url.appendingPathComponent("missing/run")
    let error = try #require(throws: AtomicFileWriter.WriteError.self) {
      try AtomicFileWriter.writeDirectory(["a.csv": Data("x".utf8)], to: output)
    }
    #expect(error.path == output.path)
    #expect(error.description.contains(output.path))
    #expect(try folder.contents().isEmpty)
  }

  @Test func writeDirectoryRefusesToReplaceAFile() throws {
    let folder = try ScratchFolder()
    let output = folder.url.appendingPathComponent("scenario.json")
    try Data("keep".utf8).write(to: output)
    let error = try #require(throws: AtomicFileWriter.WriteError.self) {
      try AtomicFileWriter.writeDirectory(["a.csv": Data("x".utf8)], to: output)
    }
    #expect(error.path == output.path)
    #expect(try Data(contentsOf: output) == Data("keep".utf8))
    #expect(try folder.contents() == ["scenario.json"])
  }

  @Test func writeDirectoryFailureMidwayKeepsTheOldDirectoryAndLeavesNoTemporaries() throws {
    let folder = try ScratchFolder()
    let output = folder.url.appendingPathComponent("run")
    try AtomicFileWriter.writeDirectory(["kept.csv": Data("kept".utf8)], to: output)
    // "a" is written as a file, so "a/b.csv" cannot be created inside it.
    let error = try #require(throws: AtomicFileWriter.WriteError.self) {
      try AtomicFileWriter.writeDirectory(["a": Data("x".utf8), "a/b.csv": Data()], to: output)
    }
    #expect(error.path == output.path)
    #expect(error.operation == "create 'a/b.csv'")
    #expect(try folder.contents() == ["run"])
    #expect(try folder.contents(of: "run") == ["kept.csv"])
  }

  @Test(arguments: ["../escape.csv", "/abs.csv", "", "a//b", "./a", "a/"])
  func writeDirectoryRejectsNamesOutsideTheDirectory(name: String) throws {
    let folder = try ScratchFolder()
    let output = folder.url.appendingPathComponent("run")
    try AtomicFileWriter.writeDirectory(["kept.csv": Data("kept".utf8)], to: output)
    let error = try #require(throws: AtomicFileWriter.WriteError.self) {
      try AtomicFileWriter.writeDirectory(["ok.csv": Data(), name: Data("x".utf8)], to: output)
    }
    #expect(error.operation == "check file name")
    #expect(try folder.contents() == ["run"])
    #expect(try folder.contents(of: "run") == ["kept.csv"])
  }
}
