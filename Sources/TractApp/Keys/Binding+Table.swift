extension Binding {
    /// Every key of the reader, in help order: the key map, the help overlay and the status-line hints
    /// are all made from this table, and config files rebind its rows by name.
    public static let table: [Binding] = moving + reading + passages + compare + map + digest + bookmarks + library + prompts + general

    private static let moving: [Binding] = [
        Binding("scroll-down", .scrollLines(1), .global, .moving, ["j", "down"], "down", "scroll down a line / next item"),
        Binding("scroll-up", .scrollLines(-1), .global, .moving, ["k", "up"], "up", "scroll up a line / previous item"),
        Binding("page-down", .scrollPages(1), .global, .moving, ["space", "pgdn", "f", "ctrl-f"], "page down", "page down"),
        Binding("page-up", .scrollPages(-1), .global, .moving, ["b", "pgup", "ctrl-b"], "page up", "page up"),
        Binding("half-page-down", .scrollHalfPages(1), .global, .moving, ["d", "ctrl-d"], "half page", "half a page down"),
        Binding("half-page-up", .scrollHalfPages(-1), .global, .moving, ["u", "ctrl-u"], "half page up", "half a page up"),
        Binding("top", .top, .global, .moving, ["g", "home"], "top", "go to the top"),
        Binding("bottom", .bottom, .global, .moving, ["G", "end"], "end", "go to the end"),
        Binding("next-section", .nextSection, .global, .moving, ["]"], "next section", "next section"),
        Binding("previous-section", .previousSection, .global, .moving, ["["], "previous section", "previous section"),
        Binding("next-pane", .nextPane, .global, .moving, ["tab"], "next pane", "next pane"),
        Binding("previous-pane", .previousPane, .global, .moving, ["shift-tab"], "previous pane", "previous pane"),
        Binding("open", .open, .global, .moving, ["enter"], "open", "open the article / jump to the section"),
        Binding("jump-back", .jumpBack, .global, .moving, ["ctrl-o"], "back", "jump back to the previous place"),
        Binding("quote-prefix", .quotePrefix, .global, .moving, ["'"], "'' back", "'' jumps back to the previous place"),
    ]

    private static let reading: [Binding] = [
        Binding("search", .startSearch, .global, .reading, ["/"], "search", "search in the article"),
        Binding("search-next", .searchNext, .global, .reading, ["n"], "next hit", "next search hit"),
        Binding("search-previous", .searchPrevious, .global, .reading, ["N"], "previous hit", "previous search hit"),
        Binding("topics", .cycleTopicHighlight, .global, .reading, ["t"], "topics", "topic highlighting: off, all, one topic at a time"),
        Binding("sidebar", .toggleSidebar, .global, .reading, ["\\", "f9"], "sidebar", "hide / show the library and outline beside the article"),
        Binding("wrap", .toggleWrap, .global, .reading, ["w"], "wrap", "long lines wrap / run on (less -S), for tables and code"),
        Binding("scroll-left", .scrollColumns(-1), .article, .reading, ["left"], "left", "article, lines running on: scroll left"),
        Binding("scroll-right", .scrollColumns(1), .article, .reading, ["right"], "right", "article, lines running on: scroll right"),
        Binding("compare", .startCompare, .global, .reading, ["c"], "compare", "compare this article with another on a topic"),
        Binding("reload", .reload, .global, .reading, ["r"], "reload", "read the article again from disk, keeping the place"),
        Binding("map", .showMap, .global, .reading, ["M"], "map", "map of articles × topics"),
        Binding("digest", .showDigest, .global, .reading, ["D"], "digest", "the whole library on the topic being read, article after article"),
        Binding("library-search", .startLibrarySearch, .global, .reading, ["S"], "search library", "search the whole library"),
        Binding("library-pane-search", .startLibrarySearch, .library, .reading, ["/"], "search library",
                "library pane: search the whole library"),
        Binding("sort", .sortLibrary, .library, .reading, ["o"], "sort",
                "library pane: list by file name, title, first author, year or last read (cycles)"),
    ]

    private static let passages: [Binding] = [
        Binding("next-paragraph", .nextParagraph, .global, .passages, ["}"], "next paragraph",
                "move the passage cursor to the next paragraph"),
        Binding("previous-paragraph", .previousParagraph, .global, .passages, ["{"], "previous paragraph",
                "move the passage cursor to the previous paragraph"),
        Binding("select", .toggleSelection, .global, .passages, ["v"], "select", "start / stop selecting paragraphs from the cursor"),
        Binding("bookmark", .bookmark, .global, .passages, ["m"], "bookmark", "bookmark the paragraph (or selection) at the cursor"),
        Binding("bookmarks", .showBookmarks, .global, .passages, ["B"], "bookmarks", "list bookmarks"),
        Binding("follow-citation", .followCitation, .global, .passages, ["F"], "follow citation",
                "follow a citation in the paragraph at the cursor to its reference ('' back; F again: the next); Enter on a reference opens it from the library"),
    ]

    private static let compare: [Binding] = (1...9).map { number in
        Binding("topic-\(number)", .compareTopic(number), .compare, .compare, ["\(number)"], "topic",
                number == 1 ? "compare: first topic (2–9 the others)" : "")
    } + [
        Binding("swap", .swapSides, .compare, .compare, ["x"], "swap", "compare: swap sides"),
        Binding("link", .toggleLinkedScroll, .compare, .compare, ["s"], "link", "compare: link / unlink scrolling"),
        Binding("switch-side", .switchSide, .compare, .compare, ["tab", "shift-tab"], "other side", "compare: scroll the other side"),
        Binding("compare-open", .open, .compare, .compare, ["enter"], "opens", "compare: open the passage at the cursor in its article (Esc returns)"),
        Binding("compare-bookmark", .bookmark, .compare, .compare, ["m"], "bookmark", "compare: bookmark the passage at the cursor"),
        Binding("compare-add", .addColumn, .compare, .compare, ["+"], "add article",
                "compare: add the richest other article on the topic (3 need 150 columns, 4 need 200)"),
        Binding("compare-remove", .removeColumn, .compare, .compare, ["-"], "drop article", "compare: drop the last article added"),
        Binding("compare-point", .nextPoint, .compare, .compare, ["p"], "point",
                "compare: choose the next point (both articles' first), its passages marked, and go to it"),
        Binding("compare-point-back", .previousPoint, .compare, .compare, ["P"], "previous point", "compare: choose the previous point"),
        Binding("compare-point-next", .searchNext, .compare, .compare, ["n"], "next passage",
                "compare: the next passage stating the chosen point"),
        Binding("compare-point-previous", .searchPrevious, .compare, .compare, ["N"], "previous passage",
                "compare: the previous passage stating the chosen point"),
    ]

    private static let map: [Binding] = [
        Binding("map-left", .mapMove(-1), .map, .map, ["h", "left", "shift-tab"], "previous topic", "map: previous topic column"),
        Binding("map-right", .mapMove(1), .map, .map, ["l", "right", "tab"], "next topic", "map: next topic column"),
    ]

    private static let digest: [Binding] = (1...9).map { number in
        Binding("digest-topic-\(number)", .compareTopic(number), .digest, .digest, ["\(number)"], "topic",
                number == 1 ? "digest: first topic (2–9 the others)" : "")
    } + [
        Binding("digest-open", .open, .digest, .digest, ["enter"], "opens",
                "digest: on an article unfold / fold it, on a passage open it (Esc returns), on a point narrow to it"),
        Binding("digest-fold", .open, .digest, .digest, ["space"], "unfolds", "digest: unfold / fold the article, narrow to a point"),
        Binding("digest-search", .startSearch, .digest, .digest, ["/"], "search", "digest: search within the digest"),
        Binding("digest-next", .searchNext, .digest, .digest, ["n"], "next hit", "digest: next search hit"),
        Binding("digest-bookmark", .bookmark, .digest, .digest, ["m"], "bookmark", "digest: bookmark the passage at the cursor"),
    ]

    private static let bookmarks: [Binding] = [
        Binding("edit-note", .editNote, .bookmarks, .bookmarks, ["e"], "note", "bookmarks: edit the note"),
        Binding("delete", .deleteBookmark, .bookmarks, .bookmarks, ["d"], "delete", "bookmarks: delete (u undoes)"),
        Binding("undo", .undoDelete, .bookmarks, .bookmarks, ["u"], "undo", "bookmarks: undo the last delete"),
        Binding("reattach", .reattachBookmark, .bookmarks, .bookmarks, ["a"], "re-attach",
                "bookmarks: re-attach an orphan to the cursor's paragraph"),
        Binding("filter", .startFilter, .bookmarks, .bookmarks, ["/"], "filter", "bookmarks: filter by typing"),
    ]

    private static let library: [Binding] = [
        Binding("search-topic", .cycleSearchTopic(1), .search, .library, ["tab"], "narrows to a topic",
                "library search: narrow to one topic (cycles)"),
        Binding("search-topic-back", .cycleSearchTopic(-1), .search, .library, ["shift-tab"], "previous topic",
                "library search: narrow to the previous topic"),
        Binding("choice-up", .scrollLines(-1), .choice, .library, ["up"], "choose", "lists with a prompt: previous item"),
        Binding("choice-down", .scrollLines(1), .choice, .library, ["down"], "choose", "lists with a prompt: next item"),
        Binding("choice-page-up", .scrollPages(-1), .choice, .library, ["pgup"], "page up", "lists with a prompt: page up"),
        Binding("choice-page-down", .scrollPages(1), .choice, .library, ["pgdn"], "page down", "lists with a prompt: page down"),
    ]

    private static let prompts: [Binding] = [
        Binding("submit", .edit(.submit), .prompt, .prompt, ["enter"], "opens", "prompt: done (run, save, open)"),
        Binding("cancel", .edit(.cancel), .prompt, .prompt, ["esc", "ctrl-c", "ctrl-g"], "cancels", "prompt: cancel"),
        Binding("delete-backward", .edit(.deleteBackward), .prompt, .prompt, ["backspace"], "delete", "prompt: delete before the cursor"),
        Binding("delete-forward", .edit(.deleteForward), .prompt, .prompt, ["delete", "ctrl-d"], "delete", "prompt: delete at the cursor"),
        Binding("cursor-left", .edit(.left), .prompt, .prompt, ["left"], "left", "prompt: cursor left"),
        Binding("cursor-right", .edit(.right), .prompt, .prompt, ["right"], "right", "prompt: cursor right"),
        Binding("line-start", .edit(.home), .prompt, .prompt, ["home", "ctrl-a"], "start", "prompt: to the start of the line"),
        Binding("line-end", .edit(.end), .prompt, .prompt, ["end", "ctrl-e"], "end", "prompt: to the end of the line"),
        Binding("delete-word", .edit(.deleteWord), .prompt, .prompt, ["ctrl-w"], "delete word", "prompt: delete the word before the cursor"),
        Binding("delete-to-start", .edit(.deleteToStart), .prompt, .prompt, ["ctrl-u"], "clear", "prompt: delete to the start of the line"),
        Binding("delete-to-end", .edit(.deleteToEnd), .prompt, .prompt, ["ctrl-k"], "cut", "prompt: delete to the end of the line"),
        Binding("history-previous", .edit(.historyPrevious), .prompt, .prompt, ["up", "ctrl-p"], "history",
                "prompt: the previous line typed here (in lists ↑ chooses, ctrl-p is history)"),
        Binding("history-next", .edit(.historyNext), .prompt, .prompt, ["down", "ctrl-n"], "history", "prompt: the next line typed here"),
    ]

    private static let general: [Binding] = [
        Binding("help", .toggleHelp, .global, .general, ["?"], "help", "show or hide this help"),
        Binding("back", .back, .global, .general, ["esc"], "back", "back: close help or search, leave the pane or view"),
        Binding("quit", .quit, .global, .general, ["q", "ctrl-c"], "quit", "quit"),
        Binding("close", .back, .views, .general, ["q"], "close", "help, map, bookmarks, compare: close the view (q quits only the reader)"),
    ]
}
