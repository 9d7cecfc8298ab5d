using System.Buffers;
using System.Text;

namespace Herald.Sources;

/// <summary>One invalid UTF-8 sequence that was replaced with U+FFFD.</summary>
/// <param name="CharIndex">Where the U+FFFD is in the decoded (newline-normalised) text.</param>
/// <param name="ByteOffset">Where the bad bytes are in the input.</param>
internal readonly record struct InvalidSequence(long CharIndex, long ByteOffset);

/// <summary>
/// Decodes a byte stream incrementally by a <see cref="DecodePlan"/>, turning CRLF and CR into LF. In UTF-8 it
/// replaces each invalid sequence with U+FFFD and records where it was, so callers can report it.
/// Memory stays bounded by the buffers, whatever the input size.
/// </summary>
internal sealed class DecodingReader
{
    private const int ByteBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly Decoder? _decoder;
    private readonly byte[] _bytes = new byte[ByteBufferSize];
    private readonly Queue<InvalidSequence> _invalid = new();
    private readonly List<int> _chunkInvalid = [];
    private readonly List<long> _chunkInvalidOffsets = [];
    private int _byteStart;
    private int _byteEnd;
    private long _byteBase;
    private int _bomToSkip;
    private bool _eof;
    private bool _flushed;
    private bool _lastWasCr;

    public DecodingReader(Stream stream, DecodePlan plan)
    {
        _stream = stream;
        _bomToSkip = plan.BomLength;
        _decoder = plan.IsUtf8 ? null : plan.Encoding.GetDecoder();
    }

    /// <summary>How many chars have been returned so far.</summary>
    public long CharsRead { get; private set; }

    /// <summary>Invalid sequences replaced so far and not yet taken by <see cref="TakeInvalid"/>.</summary>
    public int PendingInvalid => _invalid.Count;

    /// <summary>Takes the recorded invalid sequences whose U+FFFD lies before <paramref name="charIndex"/>.</summary>
    public (int Count, long FirstByteOffset) TakeInvalid(long charIndex)
    {
        var count = 0;
        long first = -1;
        while (_invalid.Count > 0 && _invalid.Peek().CharIndex < charIndex)
        {
            var s = _invalid.Dequeue();
            if (count++ == 0)
            {
                first = s.ByteOffset;
            }
        }

        return (count, first);
    }

    /// <summary>Reads decoded chars into <paramref name="destination"/> (at least 4 long); 0 only at the end.</summary>
    public int Read(Span<char> destination)
    {
        if (destination.Length < 4)
        {
            throw new ArgumentException("the buffer must hold at least 4 chars", nameof(destination));
        }

        while (true)
        {
            _chunkInvalid.Clear();
            _chunkInvalidOffsets.Clear();
            var raw = _decoder is null ? DecodeUtf8(destination) : DecodeOther(destination);
            if (raw == 0)
            {
                return 0;
            }

            var written = Normalise(destination[..raw]);
            CharsRead += written;
            if (written > 0)
            {
                return written;
            }
        }
    }

    /// <summary>Turns CRLF and lone CR into LF in place, and places recorded invalid sequences; returns the new length.</summary>
    private int Normalise(Span<char> chars)
    {
        var w = 0;
        var k = 0;
        for (var r = 0; r < chars.Length; r++)
        {
            while (k < _chunkInvalid.Count && _chunkInvalid[k] == r)
            {
                _invalid.Enqueue(new InvalidSequence(CharsRead + w, _chunkInvalidOffsets[k]));
                k++;
            }

            var c = chars[r];
            if (c == '\r')
            {
                chars[w++] = '\n';
                _lastWasCr = true;
                continue;
            }

            if (c == '\n' && _lastWasCr)
            {
                _lastWasCr = false;
                continue;
            }

            _lastWasCr = false;
            chars[w++] = c;
        }

        return w;
    }

    /// <summary>Makes bytes available; false at the end of the stream.</summary>
    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        var kept = _byteEnd - _byteStart;
        if (kept > 0 && _byteStart > 0)
        {
            Buffer.BlockCopy(_bytes, _byteStart, _bytes, 0, kept);
        }

        _byteBase += _byteStart;
        _byteStart = 0;
        _byteEnd = kept;
        var n = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
        if (n == 0)
        {
            _eof = true;
            return false;
        }

        _byteEnd += n;
        while (_bomToSkip > 0 && _byteStart < _byteEnd)
        {
            _byteStart++;
            _bomToSkip--;
        }

        return true;
    }

    private int DecodeUtf8(Span<char> destination)
    {
        var total = 0;
        while (total < destination.Length - 1)
        {
            var source = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
            if (source.IsEmpty)
            {
                if (total > 0 || !Fill())
                {
                    return total;
                }

                continue;
            }

            var status = System.Text.Unicode.Utf8.ToUtf16(source, destination[total..], out var read, out var written, replaceInvalidSequences: false, isFinalBlock: _eof);
            _byteStart += read;
            total += written;
            switch (status)
            {
                case OperationStatus.Done:
                    break;
                case OperationStatus.DestinationTooSmall:
                    return total;
                case OperationStatus.NeedMoreData:
                    if (total > 0)
                    {
                        return total;
                    }

                    Fill();
                    break;
                case OperationStatus.InvalidData:
                    Rune.DecodeFromUtf8(_bytes.AsSpan(_byteStart, _byteEnd - _byteStart), out _, out var bad);
                    _chunkInvalid.Add(total);
                    _chunkInvalidOffsets.Add(_byteBase + _byteStart);
                    _byteStart += Math.Max(bad, 1);
                    destination[total++] = '\uFFFD';
                    break;
            }
        }

        return total;
    }

    private int DecodeOther(Span<char> destination)
    {
        while (true)
        {
            if (_byteStart == _byteEnd && !_eof)
            {
                Fill();
                continue;
            }

            // At the end of the stream every remaining byte is in the buffer: flush the decoder's state too.
            var flush = _eof;
            if (flush && _flushed)
            {
                return 0;
            }

            var source = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
            _decoder!.Convert(source, destination, flush, out var used, out var chars, out var completed);
            _byteStart += used;
            if (flush && completed)
            {
                _flushed = true;
            }

            if (chars > 0)
            {
                return chars;
            }

            if (!flush && _byteStart < _byteEnd)
            {
                // The decoder keeps a partial character and wants more bytes.
                Fill();
            }
        }
    }
}
