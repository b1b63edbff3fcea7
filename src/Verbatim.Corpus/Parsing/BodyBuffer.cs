namespace Verbatim.Corpus.Parsing;

/// <summary>
/// Where <see cref="AnnotationParser"/> writes an article's plain body before it becomes a string:
/// characters that the caller provides (on the stack for a typical article), so the body's only
/// allocation is the string itself. A <c>StringBuilder</c> allocated a buffer as large as the
/// body for every article, a tenth of what a cold generator run allocated.
/// </summary>
internal unsafe struct BodyBuffer
{
    /// <summary>The most characters a body may have for its buffer to go on the stack (20 KB); a longer article's is on the heap.</summary>
    public const int MaxStackCharacters = 10_000;

    private readonly char* _chars;
    private readonly int _capacity;

    /// <param name="chars">Room for <paramref name="capacity"/> characters, held fixed while the buffer is used.</param>
    public BodyBuffer(char* chars, int capacity)
    {
        _chars = chars;
        _capacity = capacity;
        Length = 0;
    }

    public int Length { get; private set; }

    public void Append(char c)
    {
        Check(1);
        _chars[Length++] = c;
    }

    /// <summary>Appends <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public void Append(string text, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }
        Check(count);
        fixed (char* source = text)
        {
            System.Buffer.MemoryCopy(source + start, _chars + Length, (long)(_capacity - Length) * sizeof(char), (long)count * sizeof(char));
        }
        Length += count;
    }

    public override string ToString() => new(_chars, 0, Length);

    // The parser never writes more than the text it reads from; a bug that did must fail, not write past the buffer.
    private void Check(int count)
    {
        if (count > _capacity - Length)
        {
            throw new System.InvalidOperationException("The body outgrew the text it was read from.");
        }
    }
}
