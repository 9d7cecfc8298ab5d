using Herald.Text.Tokenization;

namespace Herald.Text;

/// <summary>Groups tokens into sentences.</summary>
/// <remarks>
/// Rule-based, for English news, over the tokens of <see cref="NewsTokenizer"/>. A sentence ends at ".", "?", "!"
/// or an ellipsis followed by a capitalised word (or an opening quote or bracket); closing quotes and brackets
/// after the final punctuation stay with the ending sentence. Abbreviations decide by kind: titles ("Mr.",
/// "Sen.") never end a sentence, ambiguous ones ("U.S.", "Inc.", "Jr.") only before a word that typically
/// starts a sentence ("The", "He", "But", ...), initials not after a capitalised name ("John F. Kennedy").
/// Informal text: a period split off a word, or a "?" / "!" after a lower-case word, ends a sentence even before a
/// lower-case word ("i loved it. why do you ask?"); a URL, an emoticon or a separator line ("*****") before a
/// capitalised word ends one too (<see cref="UnpunctuatedEnds"/>).
/// A blank line always ends a sentence; a single line break does too unless the text is hard-wrapped (then
/// only capitals headlines, short lines and list items break). Bullets and enumerations ("1.", "a)") start
/// sentences.
/// </remarks>
public sealed class SentenceSplitter
{
    /// <summary>The shared instance; the splitter is stateless and thread-safe.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>
    /// Appends to <paramref name="sentenceStarts"/> the index of the first token of each sentence, in
    /// order, starting with 0 when there is any token.
    /// </summary>
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, List<int> sentenceStarts)
    {
        ArgumentNullException.ThrowIfNull(sentenceStarts);
        if (tokens.IsEmpty) return;
        var scanner = new Scanner(text, tokens, sentenceStarts, LineLayout.Analyze(text));
        scanner.Run();
    }

    private enum EndKind : byte
    {
        None,
        Period,
        Strong,
        Ellipsis,
        LongEllipsis,
        Abbreviation,
    }

    private ref struct Scanner
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly ReadOnlySpan<TokenSpan> _tokens;
        private readonly List<int> _starts;
        private readonly LineLayout _layout;
        private int _current;    // first token of the current sentence
        private int _lastMarker; // value of the last accepted list marker in this paragraph, 0 for none

        public Scanner(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, List<int> starts, LineLayout layout)
        {
            _text = text;
            _tokens = tokens;
            _starts = starts;
            _layout = layout;
        }

        public void Run()
        {
            var n = _tokens.Length;
            _starts.Add(0);
            var resume = 0; // tokens before this were consumed by a terminal or a list marker
            for (var i = 0; i < n; i++)
            {
                var lineStart = i == 0;
                if (i > 0)
                {
                    var breaks = LineBreaks(i);
                    if (breaks >= 2)
                    {
                        Add(i);
                        _lastMarker = 0;
                    }
                    else if (breaks == 1 && NewlineEndsSentence(i))
                    {
                        Add(i);
                    }
                    lineStart = breaks > 0;
                }
                if (i < resume) continue;

                var markerLength = Marker(i, lineStart);
                if (markerLength > 0)
                {
                    resume = i + markerLength;
                    continue;
                }
                if (IsBullet(i, lineStart))
                {
                    Add(i);
                    continue;
                }
                resume = AtTerminal(i);
            }
        }

        private readonly ReadOnlySpan<char> Tok(int k) => _text.Slice(_tokens[k].Start, _tokens[k].Length);

        /// <summary>No whitespace between token <paramref name="k"/> - 1 and token <paramref name="k"/>.</summary>
        private readonly bool Attached(int k) => k > 0 && _tokens[k - 1].End == _tokens[k].Start;

        private void Add(int k)
        {
            if (k <= _current || k >= _tokens.Length) return;
            _starts.Add(k);
            _current = k;
        }

        /// <summary>Line breaks between token <paramref name="k"/> - 1 and token <paramref name="k"/>; a paragraph separator counts two.</summary>
        private readonly int LineBreaks(int k)
        {
            var gap = _text[_tokens[k - 1].End.._tokens[k].Start];
            if (gap.IsEmpty) return 0;
            var count = 0;
            for (var g = 0; g < gap.Length; g++)
            {
                switch (gap[g])
                {
                    case '\n' or '\u0085' or '\u2028':
                        count++;
                        break;
                    case '\r':
                        if (g + 1 == gap.Length || gap[g + 1] != '\n') count++;
                        break;
                    case '\u2029':
                        count += 2;
                        break;
                }
            }
            return count;
        }

        /// <summary>Whether a single line break before token <paramref name="b"/> ends the sentence.</summary>
        private readonly bool NewlineEndsSentence(int b)
        {
            var a = Tok(b - 1);
            var last = a[^1];
            if (last is ',' or ';' or '&' or '/' or '(' or '[' or '{' or '\u201C' or '\u2018' or '-' || CharClass.Dashes.Contains(last))
                return false; // "WASHINGTON (Reuters) -" goes on with the next line
            if (WordLists.IsDangling(a))
                return false; // "credits of 2,227,000 or four cts and\n4,841,000 ..."
            if (a.Length > 1 && last == '.' && CharClass.IsWordChar(a[0]) && Abbreviations.Classify(a[..^1]) == AbbreviationKind.Title)
                return false;
            var next = Tok(b);
            if (!_layout.HardWrapped)
                return !CharClass.IsLower(next[0]) || LineLayout.EndsLikeSentence(a);

            var aStart = _tokens[b - 1].Start;
            var lineStart = LineLayout.LineStart(_text, aStart);
            if (LineLayout.IsCapitalsLine(_text[lineStart.._tokens[b - 1].End])) return true;
            var bStart = _tokens[b].Start;
            if (LineLayout.IsCapitalsLine(_text[bStart..LineLayout.LineEnd(_text, bStart)])) return true;
            // A short line (a title, a table row) ends its sentence, unless it stops on a lower-case word
            // before a number ("credits of 2,227,000 or four cts and" / "4,841,000 or nine cts ...").
            var shortLine = (_tokens[b - 1].End - lineStart) * 10 < _layout.Width * 6;
            if (!shortLine || LineLayout.EndsLikeSentence(a)) return false;
            if (CharClass.IsLower(a[0]) && !CharClass.IsUpper(next[0])) return false;
            return CharClass.IsUpper(next[0]) || CharClass.IsDigit(next[0]) || IsOpener(b);
        }

        /// <summary>A bullet ("•" anywhere; "-", "*", "–" at the start of a line before a space).</summary>
        private readonly bool IsBullet(int k, bool lineStart)
        {
            var t = Tok(k);
            if (t.Length != 1) return false;
            if (CharClass.Bullets.Contains(t[0])) return true;
            return lineStart && CharClass.LineBullets.Contains(t[0]) && k + 1 < _tokens.Length && !Attached(k + 1);
        }

        /// <summary>
        /// An enumeration label at token <paramref name="k"/> ("1.", "2)", "1.)", "a.", "b)", "(3)"), accepted at the
        /// start of a line, after a bullet, as "1" at a sentence start, or as the successor of the previous label.
        /// Starts a sentence there; returns the number of tokens of the label, 0 when there is none.
        /// </summary>
        private int Marker(int k, bool lineStart)
        {
            var n = _tokens.Length;
            var t = Tok(k);
            int value, length;
            var letter = false;
            if (t.Length <= 3 && IsDigits(t))
            {
                value = int.Parse(t, provider: System.Globalization.CultureInfo.InvariantCulture);
                length = 1;
                if (k + 1 < n && Attached(k + 1) && Tok(k + 1) is ".") length++;
                if (k + length < n && Attached(k + length) && Tok(k + length) is ")") length++;
                if (length == 1) return 0;
            }
            else if (t.Length == 2 && t[1] == '.' && char.IsAsciiLetter(t[0]))
            {
                value = (t[0] | 0x20) - 'a' + 1;
                length = 1;
                letter = true;
            }
            else if (t.Length == 1 && char.IsAsciiLetter(t[0]) && k + 1 < n && Attached(k + 1) && Tok(k + 1) is ")")
            {
                value = (t[0] | 0x20) - 'a' + 1;
                length = 2;
                letter = true;
            }
            else if (lineStart && t is "(" && k + 2 < n && Attached(k + 1) && Attached(k + 2) && Tok(k + 2) is ")"
                     && (IsDigits(Tok(k + 1)) && Tok(k + 1).Length <= 2 || (Tok(k + 1).Length == 1 && char.IsAsciiLetter(Tok(k + 1)[0]))))
            {
                var inner = Tok(k + 1);
                value = char.IsAsciiLetter(inner[0]) ? (inner[0] | 0x20) - 'a' + 1 : int.Parse(inner, provider: System.Globalization.CultureInfo.InvariantCulture);
                length = 3;
            }
            else
            {
                return 0;
            }

            // A label is followed by a space and more text.
            if (k + length >= n || Attached(k + length) || value == 0) return 0;
            var afterBullet = k > 0 && IsBullet(k - 1, k == 1 || LineBreaks(k - 1) > 0);
            var next = value == _lastMarker + 1 && _lastMarker > 0;
            var atLineStart = lineStart && (!_layout.HardWrapped || k == 0 || IsSentenceEndToken(k - 1)) && (!letter || value == 1 || next);
            if (!(atLineStart || afterBullet || (value == 1 && _current == k) || next))
                return 0;
            if (!afterBullet) Add(k);
            _lastMarker = value;
            return length;
        }

        private static bool IsDigits(ReadOnlySpan<char> t)
        {
            foreach (var c in t)
            {
                if (!CharClass.IsDigit(c)) return false;
            }
            return !t.IsEmpty;
        }

        private readonly bool IsSentenceEndToken(int k)
        {
            var t = Tok(k);
            return LineLayout.EndsLikeSentence(t);
        }

        private readonly bool IsOpener(int k)
        {
            var t = Tok(k);
            if (t.Length != 1 || !CharClass.Openers.Contains(t[0])) return false;
            // A straight quote glued to the previous token closes rather than opens.
            return t[0] is not ('"' or '\'') || !Attached(k);
        }

        private readonly bool IsCloser(int k)
        {
            var t = Tok(k);
            if (t.Length != 1 || !CharClass.Closers.Contains(t[0])) return false;
            if (t[0] is '"' or '\'') return Attached(k);
            return LineBreaks(k) == 0;
        }

        private readonly EndKind Classify(int k, out AbbreviationKind abbreviation)
        {
            abbreviation = AbbreviationKind.None;
            var t = Tok(k);
            var c = t[0];
            if (t.Length == 1)
            {
                return c switch
                {
                    '.' => EndKind.Period,
                    '?' or '!' => EndKind.Strong,
                    '\u2026' => EndKind.Ellipsis,
                    _ => EndKind.None,
                };
            }
            if (c is '?' or '!') return EndKind.Strong;
            if (c is '.') return t.ContainsAny('?', '!') ? EndKind.Strong : t.Length >= 4 ? EndKind.LongEllipsis : EndKind.Ellipsis;
            if (c is '\u2026') return EndKind.LongEllipsis;
            if (t[^1] == '.' && CharClass.IsWordChar(c))
            {
                abbreviation = Abbreviations.Classify(t[..^1]);
                return abbreviation == AbbreviationKind.None ? EndKind.Period : EndKind.Abbreviation;
            }
            return EndKind.None;
        }

        /// <summary>Handles a possible sentence end at token <paramref name="k"/>; returns the first token not consumed.</summary>
        private int AtTerminal(int k)
        {
            var n = _tokens.Length;
            var kind = Classify(k, out var abbreviation);
            if (kind == EndKind.None)
            {
                if (UnpunctuatedEnds.EndsAfter(_text, _tokens, k)) Add(k + 1);
                return k + 1;
            }

            var last = k;
            if (kind == EndKind.Period)
            {
                // Spaced dots ". . .": an ellipsis; glued to a word and four long, a period and then an ellipsis.
                var run = k;
                while (run + 1 < n && Tok(run + 1) is "." && LineBreaks(run + 1) == 0) run++;
                if (run > k)
                {
                    if (Attached(k) && run - k >= 3)
                    {
                        if (run + 1 < n && CharClass.IsUpper(Tok(FirstWord(run + 1))[0])) Add(k + 1);
                        return run + 1;
                    }
                    kind = run - k >= 3 ? EndKind.LongEllipsis : EndKind.Ellipsis;
                    last = run;
                }
            }

            if (kind is EndKind.Ellipsis or EndKind.LongEllipsis
                && k > 0 && last + 1 < n && Attached(k) && Attached(last + 1) && Tok(k - 1) is "[" or "(" && Tok(last + 1) is "]" or ")")
                return last + 2; // "[...]" marks an omission inside the sentence

            // Closing quotes and brackets (and punctuation glued after them) stay with the ending sentence.
            var j = last + 1;
            var closed = false;
            while (j < n && (IsCloser(j) || (Attached(j) && Classify(j, out _) is EndKind.Period or EndKind.Strong)))
            {
                closed |= IsCloser(j);
                j++;
            }
            if (j < n && Ends(kind, abbreviation, k, last, j, closed)) Add(j);
            return j;
        }

        /// <summary>The first token from <paramref name="j"/> that is not an opening quote or bracket (at most three skipped).</summary>
        private readonly int FirstWord(int j)
        {
            var w = j;
            while (w < _tokens.Length - 1 && w < j + 3 && IsOpener(w)) w++;
            return w;
        }

        private readonly bool Ends(EndKind kind, AbbreviationKind abbreviation, int first, int last, int j, bool closed)
        {
            var w = FirstWord(j);
            var opened = w > j || IsOpener(j);
            var quoted = opened && Tok(j)[0] is not ('(' or '[' or '{');
            var word = Tok(w);
            var c = word[0];
            var upper = CharClass.IsUpper(c);
            if (CharClass.IsLower(c)) return LowerCaseStarts(kind, first, w, closed);
            switch (kind)
            {
                case EndKind.Period:
                    return upper || opened || CharClass.IsDigit(c) || CharClass.IsCurrency(c) || CharClass.Bullets.Contains(c) || UnpunctuatedEnds.IsSeparator(word);
                case EndKind.Strong:
                    if (upper && closed && SpeakerFollows(w)) return false; // "Why?" Trump asked.
                    return upper || opened || CharClass.IsDigit(c) || CharClass.IsCurrency(c) || CharClass.Bullets.Contains(c) || UnpunctuatedEnds.IsSeparator(word);
                case EndKind.Ellipsis:
                    return upper && !(word is "I"); // "the thing is . . . I didn't mean it."
                case EndKind.LongEllipsis:
                    return upper;
            }

            var token = Tok(first);
            if (abbreviation == AbbreviationKind.Initial && CharClass.IsUpper(token[0]))
            {
                if (first == _current) return false; // "J. Smith said ..."
                var previous = Tok(first - 1);
                if (CharClass.IsUpper(previous[0])) return false; // "John F. Kennedy", "J. K. Rowling"
                if (word.Length == 2 && word[1] == '.') return false; // "and J. K. Rowling": another initial follows
                return upper;
            }
            if (!upper) return false;
            switch (abbreviation)
            {
                case AbbreviationKind.Title:
                    return false;
                case AbbreviationKind.Time:
                    if (quoted || WordLists.IsSentenceStarter(word)) return true;
                    if (WordLists.IsTimeZone(word) || opened) return false;
                    return first - _current >= 3; // "At 5 a.m. Mr. Smith went" vs "He left at 6 p.m. Mr. Smith then"
                default:
                    // A bracket after an abbreviation is a dateline or an aside: "ORANGEBURG, S.C. (Reuters) -".
                    return quoted || (!opened && WordLists.IsSentenceStarter(word));
            }
        }

        /// <summary>
        /// Whether a sentence starts with the lower-case word <paramref name="w"/>, as in informal text ("i loved it.
        /// why do you ask?"): after a period split off a word, or a question or exclamation mark, with no quote
        /// or bracket between ("\"Why?\" he asked" goes on), after a word of two letters or more; a "?" or "!"
        /// only after a lower-case word ("Yahoo! shares rose" goes on).
        /// </summary>
        private readonly bool LowerCaseStarts(EndKind kind, int first, int w, bool closed)
        {
            if (closed || kind is not (EndKind.Period or EndKind.Strong) || w != first + 1 || first == 0) return false;
            if (kind == EndKind.Period && !Attached(first)) return false;
            var previous = Tok(first - 1);
            if (!CharClass.IsLetter(previous[^1]) || previous.Length < 2) return false;
            // "Yahoo! shares rose", "ex-Wham! singers": a name may end in "!" or "?".
            return kind == EndKind.Period || !HasUpper(previous);
        }

        private static bool HasUpper(ReadOnlySpan<char> t)
        {
            foreach (var c in t)
            {
                if (CharClass.IsUpper(c)) return true;
            }
            return false;
        }

        /// <summary>A capitalised speaker (up to four tokens) and a verb of saying follow from <paramref name="w"/>.</summary>
        private readonly bool SpeakerFollows(int w)
        {
            for (var k = w; k < _tokens.Length && k < w + 5; k++)
            {
                var t = Tok(k);
                if (WordLists.IsSpeechVerb(t)) return k > w;
                if (!CharClass.IsUpper(t[0])) return false;
            }
            return false;
        }
    }
}
