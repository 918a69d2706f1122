import Foundation
import ScreenKit
import TractApp
import TractCore
import TractRuntime

/// Times the digest on a library: opening it (the digest worked out and laid out for a 100×30 screen)
/// and switching topic with 1–6, medians and worst of several runs.
enum DigestBench {
    static func run(library folder: String) {
        guard let library = try? LibraryLoader().load(paths: [folder]) else {
            FileHandle.standardError.write(Data("cannot load \(folder)\n".utf8))
            exit(1)
        }
        let state = AppState(library: library, size: Size(width: 100, height: 30))
        let context = state.context
        let ids = library.topicSet.ids
        /// What a frame of the digest needs: its blocks, and the rows of those on screen.
        func frame(_ view: DigestView) { _ = view.visibleRows(view.blocks(context), count: DigestView.height(state.size), context: context) }
        var opens: [Double] = []
        var switches: [Double] = []
        for round in 0..<5 {
            var view = DigestView(topic: "safety", library: library)
            opens.append(time { view = DigestView(topic: ids[round % ids.count], library: library); frame(view) })
            for number in 1...ids.count {
                switches.append(time { _ = view.reduce(.compareTopic(number), context: context); frame(view) })
            }
        }
        opens.sort()
        switches.sort()
        print(String(format: "%d articles: digest opens in %.0f ms (median; worst %.0f) · topic switch %.0f ms (median; worst %.0f)",
                     library.articles.count, opens[opens.count / 2], opens.last ?? 0, switches[switches.count / 2], switches.last ?? 0))
    }

    private static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }
}
