import Foundation

// Built with -DFUZZING and -sanitize=fuzzer (scripts/fuzz), libFuzzer's driver runs the target named by
// TRACT_FUZZ_TARGET. SwiftPM links an executable's entry point as `<module>_main`, so the driver is
// started from there rather than from libFuzzer's own main.
#if FUZZING
private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["TRACT_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("TRACT_FUZZ_TARGET must be one of: " + FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return target
}()

/// What libFuzzer calls with each input (its library refers to this name even when its driver is
/// started by hand).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("tract_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    _ = target
    return runDriver(&count, &arguments, fuzzOneInput)
}
#else
/// Without the fuzzer: `tract-fuzz TARGET FILE…` replays saved inputs (crashes found, the corpus).
@main
struct FuzzReplay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("usage: tract-fuzz TARGET FILE…  (targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))\n".utf8))
            exit(64)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            target.run([UInt8](data))
        }
    }
}
#endif
