using Herald.Documents;
using Herald.Learning.Dense;
using Herald.Syntax.Conllu;
using Herald.Syntax.Parsing;
using Herald.Syntax.Tagging;
using Herald.Tests.Support;

namespace Herald.Tests.Parsing;

public sealed class NeuralParserTests
{
    private static List<ConlluSentence> Slice(int count) =>
        ConlluReader.ReadFile(SharedData.Require("ud/en_ewt-ud-dev.conllu.gz")).Take(count).ToList();

    private static ParserModel TrainTiny(List<ConlluSentence> sentences, int epochs = 2, float weightAverage = 0) =>
        ParserTrainer.Train(sentences, null, ParserTestModel.Tagger,
            new ParserTrainingOptions { Seed = 7, Iterations = epochs, SupertagIterations = 2, WeightAverage = weightAverage }, null);

    private static byte[] Bytes(ParserModel model)
    {
        using var dir = new TempDir();
        model.Save(dir.Path);
        return File.ReadAllBytes(Path.Combine(dir.Path, ParserModel.FileName));
    }

    [SkippableFact]
    public void Training_is_deterministic_and_the_model_parses_the_same_after_a_save_and_load()
    {
        var sentences = Slice(120);
        using var first = new TempDir();
        using var second = new TempDir();
        var model = TrainTiny(sentences);
        Assert.True(model.IsNeural);
        model.Save(first.Path);
        TrainTiny(sentences).Save(second.Path);
        Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, ParserModel.FileName)), File.ReadAllBytes(Path.Combine(second.Path, ParserModel.FileName)));

        var loaded = ParserModel.Load(first.Path);
        Assert.True(loaded.IsNeural);
        Assert.Equal(model.WeightCount, loaded.WeightCount);
        var before = ParserEvaluator.ParseGoldWords(model, ParserTestModel.Tagger, sentences);
        var after = ParserEvaluator.ParseGoldWords(loaded, ParserTestModel.Tagger, sentences);
        Assert.Equal(before.SelectMany(s => s.Words.Select(w => (w.Head, w.Deprel))), after.SelectMany(s => s.Words.Select(w => (w.Head, w.Deprel))));
    }

    [SkippableFact]
    public void A_moving_average_of_the_weights_is_kept_in_their_place_and_is_as_deterministic()
    {
        var sentences = Slice(60);
        var averaged = Bytes(TrainTiny(sentences, weightAverage: 0.9f));

        Assert.Equal(averaged, Bytes(TrainTiny(sentences, weightAverage: 0.9f)));
        Assert.NotEqual(averaged, Bytes(TrainTiny(sentences)));
    }

    [Fact]
    public void One_thread_state_parses_with_models_of_different_sizes_one_after_the_other()
    {
        // stages keep one parse state per thread, whatever model they run, so its buffers must fit each model
        NeuralParser Random(NeuralParserShape shape)
        {
            var parser = new NeuralParser(shape, new Dictionary<ulong, int>(), new Dictionary<ulong, int>(), new Dictionary<ulong, int>(), new Dictionary<ulong, int>());
            parser.Initialise(new Random(3));
            parser.Freeze();
            return parser;
        }
        var small = Random(new NeuralParserShape { WordDims = 8, Hidden = 16, ScorerHidden = 16 });
        var large = Random(new NeuralParserShape { WordDims = 64, PretrainedDims = 64, Hidden = 96, ScorerHidden = 128 });
        var odd = Random(new NeuralParserShape { WordDims = 8, Hidden = 17, ScorerHidden = 16 }); // --lstm-units takes any number: 68 gates a direction
        var sentence = ParserSentence.OfTree([-1, 2, 0, 2, 3, 2, 5, 2]);
        var state = new ParseState();
        foreach (var parser in new[] { small, large, small, odd })
        {
            sentence.Load(state);
            parser.Parse([state]);
            Assert.All(Enumerable.Range(1, sentence.Count), i => Assert.InRange(state.Heads[i], 0, sentence.Count));
        }
    }

    [Fact]
    public void A_words_ending_is_its_last_three_letters_lowercased_with_digits_folded()
    {
        Assert.Equal(ParseState.SuffixHash("Talking"), ParseState.SuffixHash("walking"));
        Assert.Equal(ParseState.SuffixHash("1990s"), ParseState.SuffixHash("2000s"));
        Assert.NotEqual(ParseState.SuffixHash("talked"), ParseState.SuffixHash("talks"));
        Assert.Equal(ParseState.WordHash("in"), ParseState.SuffixHash("In")); // shorter words are their own ending
    }

    [Fact]
    public void Words_past_the_precomputed_rows_get_the_vectors_training_computes()
    {
        // the rarer words' rows are computed when met, a sentence's in one product, and rounded like the others on the fast path
        var many = GateInputTables.CachedWords + 50;
        static string Word(int i) => "w" + string.Concat(i.ToString("x").Select(digit => (char)('g' + Convert.ToInt32(digit.ToString(), 16)))); // letters: word hashes fold digits
        var words = Enumerable.Range(0, many).ToDictionary(i => ParseState.WordHash(Word(i)), i => i + 1);
        var pretrained = Enumerable.Range(0, many).ToDictionary(i => ParseState.WordHash(Word(i)), i => i + 1);
        var shape = new NeuralParserShape { WordDims = 8, PretrainedDims = 4, SupertagDims = 8, Hidden = 16, ScorerHidden = 16 };
        var parser = new NeuralParser(shape, words, new Dictionary<ulong, int> { [WordClusters.Unknown] = 1 }, pretrained, []);
        parser.Initialise(new Random(9));
        var random = new Random(4);
        parser.SetPretrained(pretrained.ToDictionary(p => p.Key, _ => Enumerable.Range(0, 4).Select(_ => (float)random.NextDouble() - 0.5f).ToArray()));
        parser.Freeze();
        string[] forms = [Word(many - 1), Word(3), Word(many - 7), "unheard", Word(many - 1)];
        var state = new ParseState();
        state.Reset(forms.Length);
        for (var i = 0; i < forms.Length; i++)
            state.SetWord(i + 1, forms[i], new TokenData { Upos = 1, Xpos = 2 }, WordClusters.Unknown);
        var rows = new int[forms.Length + 1];
        parser.WordRows(state, rows);
        Assert.Equal(3, rows.Count(row => row > GateInputTables.CachedWords)); // three of the five are past the precomputed rows
        var training = new NeuralWorkspace();
        parser.Encode(state, training, rows, new Random(1), dropout: 0);

        parser.Parse([state]);

        var length = (forms.Length + 1) * parser.VectorDims;
        Assert.All(Enumerable.Range(0, length), k => Assert.Equal(training.Vectors[k], state.Neural!.Vectors[k], 1e-3f));
    }

    [Theory]
    [InlineData(32)]
    [InlineData(0)] // a parser that reads no supertags: its table has no dimensions
    public void The_fast_path_gives_each_word_the_vector_that_training_computes_from_all_its_embeddings(int supertagDims)
    {
        // parsing sums precomputed table rows in place of the input layer, so each table, the word endings' included, must meet its own weights
        string[] forms = ["Talks", "in", "Moscow", "ended", "meeting"];
        var words = new Dictionary<ulong, int> { [ParseState.WordHash("talks")] = 1, [ParseState.WordHash("in")] = 2 };
        var clusters = new Dictionary<ulong, int> { [WordClusters.Unknown] = 1 };
        var pretrained = new Dictionary<ulong, int> { [ParseState.WordHash("moscow")] = 1 };
        var suffixes = new Dictionary<ulong, int> { [ParseState.SuffixHash("ended")] = 1, [ParseState.SuffixHash("meeting")] = 2 };
        var shape = new NeuralParserShape { WordDims = 8, PretrainedDims = 4, SupertagDims = supertagDims, Hidden = 16, ScorerHidden = 16 };
        var parser = new NeuralParser(shape, words, clusters, pretrained, suffixes);
        parser.Initialise(new Random(5));
        parser.SetPretrained(new Dictionary<ulong, float[]> { [ParseState.WordHash("moscow")] = [0.5f, -0.25f, 1f, 0.1f] });
        parser.Freeze();
        var state = new ParseState();
        state.Reset(forms.Length);
        for (var i = 0; i < forms.Length; i++)
            state.SetWord(i + 1, forms[i], new TokenData { Upos = (short)(i % 3), Xpos = (short)i }, WordClusters.Unknown);
        var rows = new int[forms.Length + 1];
        parser.WordRows(state, rows);
        var training = new NeuralWorkspace();
        parser.Encode(state, training, rows, new Random(1), dropout: 0);

        parser.Parse([state]);

        var parsing = state.Neural!;
        Assert.Equal([0, 0, 0, 0, 1, 2], parsing.SuffixRows[..(forms.Length + 1)]); // "ded" and "ing" have rows, the rest share the unknown one
        var length = (forms.Length + 1) * parser.VectorDims;
        // the fast path rounds the recurrent product to 16-bit integers (QuantisedMatrix); a table row at the wrong weights would be off far more
        Assert.All(Enumerable.Range(0, length), k => Assert.Equal(training.Vectors[k], parsing.Vectors[k], 1e-3f));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(3)]
    [InlineData(2)]
    public void Parsing_scores_the_transitions_from_the_items_training_reads(int items)
    {
        // training feeds the items' vectors to the hidden layer; parsing sums their precomputed shares
        var parser = new NeuralParser(new NeuralParserShape { WordDims = 8, Hidden = 16, ScorerHidden = 16, Items = items },
            new Dictionary<ulong, int>(), new Dictionary<ulong, int>(), new Dictionary<ulong, int>(), new Dictionary<ulong, int>());
        parser.Initialise(new Random(11));
        parser.Freeze();
        var sentence = ParserSentence.OfTree([-1, 2, 0, 4, 2, 2]);
        var state = new ParseState();
        sentence.Load(state);
        var rows = new int[state.Count + 1];
        parser.WordRows(state, rows);
        var training = new NeuralWorkspace();
        parser.Encode(state, training, rows, new Random(1), dropout: 0);
        var parsing = new NeuralWorkspace();
        parser.Prepare(state, parsing);
        bool[] all = [true, true, true];
        foreach (var transition in new[] { ParseState.Shift, ParseState.Shift, ParseState.Shift, ParseState.Left, ParseState.Shift })
        {
            parser.Score(state, training, new Random(1), dropout: 0);
            var expected = training.Scores[..ParseState.TransitionCount];
            DenseMath.Softmax(expected, all);
            var probabilities = new float[ParseState.TransitionCount];
            parser.AddProbabilities(state, parsing, all, -1, 1f, probabilities, new float[DependencyLabels.Count]);
            Assert.Equal(expected, probabilities, (a, b) => Math.Abs(a - b) < 1e-3f); // parsing rounds its products to 16-bit integers
            state.Apply(transition, transition == ParseState.Shift ? -1 : 1);
        }
    }

    [SkippableFact]
    public void A_parser_that_reads_no_supertags_keeps_no_supertagger_and_reads_its_shape_back()
    {
        var sentences = Slice(60);
        var model = ParserTrainer.Train(sentences, null, ParserTestModel.Tagger,
            new ParserTrainingOptions { Seed = 7, Iterations = 2, SupertagIterations = 2, SupertagDims = 0, ScorerItems = 3, ScorerUnits = 32, LstmUnits = 24 }, null);
        using var folder = new TempDir();
        model.Save(folder.Path);

        var loaded = ParserModel.Load(folder.Path);

        Assert.Null(loaded.Supertagger);
        Assert.Equal(new NeuralParserShape { Hidden = 24, ScorerHidden = 32, Items = 3, SupertagDims = 0, PretrainedDims = 0 }, loaded.Neural!.Shape);
        var before = ParserEvaluator.ParseGoldWords(model, ParserTestModel.Tagger, sentences);
        var after = ParserEvaluator.ParseGoldWords(loaded, ParserTestModel.Tagger, sentences);
        Assert.Equal(before.SelectMany(s => s.Words.Select(w => (w.Head, w.Deprel))), after.SelectMany(s => s.Words.Select(w => (w.Head, w.Deprel))));
    }

    [Fact]
    public void A_scorer_reads_two_to_four_items()
    {
        var none = new Dictionary<ulong, int>();
        Assert.Throws<ArgumentException>(() => new NeuralParser(new NeuralParserShape { Items = 1 }, none, none, none, none));
        Assert.Throws<ArgumentException>(() => new NeuralParser(new NeuralParserShape { Items = 5 }, none, none, none, none));
    }

    [SkippableFact]
    public void Sentences_parsed_together_in_one_document_get_the_parses_they_get_alone()
    {
        // the stage parses a document's sentences in batches whose BiLSTMs run side by side
        var sentences = Slice(19);
        var tagging = new TaggerStage(ParserTestModel.Tagger);
        var parsing = new ParserStage(ParserTestModel.Parser);
        var together = TaggerEvaluator.ToDocument(sentences);
        tagging.Process(together);
        parsing.Process(together);
        var alone = new List<(int, short)>();
        var offset = 0;
        foreach (var sentence in sentences)
        {
            var document = TaggerEvaluator.ToDocument(sentence);
            tagging.Process(document);
            parsing.Process(document);
            alone.AddRange(document.TokenArray.Select(t => (t.Head == TokenData.Unset ? t.Head : t.Head + offset, t.Dependency)));
            offset += sentence.Words.Count;
        }
        Assert.Equal(alone, together.TokenArray.Select(t => (t.Head, t.Dependency)));
    }

    [SkippableFact]
    public void A_few_epochs_on_a_few_sentences_learn_most_heads_of_those_sentences()
    {
        var sentences = Slice(240);
        var model = TrainTiny(sentences, epochs: 12);
        var parsed = ParserEvaluator.ParseGoldWords(model, ParserTestModel.Tagger, sentences);
        var words = sentences.SelectMany(s => s.Words).ToList();
        var right = parsed.SelectMany(s => s.Words).Zip(words).Count(p => p.First.Head == p.Second.Head);
        Assert.InRange((double)right / words.Count, 0.5, 1.0);
    }

    [SkippableFact]
    public void A_parser_taught_only_by_a_teacher_learns_the_teachers_parses_not_its_own_gold_trees()
    {
        // the trees it is given are chains (each word headed by the word before it); with the teacher's share at 1
        // its targets are the teacher's probabilities alone, so it should parse as the teacher does
        var sentences = Slice(240);
        var options = new ParserTrainingOptions { Seed = 7, Iterations = 10, SupertagFolds = 0 };
        var teacher = ParserTrainer.Train(sentences, null, ParserTestModel.Tagger, options, null);
        using var folder = new TempDir();
        teacher.Save(folder.Path);
        var chains = sentences.Select(Chain).ToList();

        var student = ParserTrainer.Train(chains, null, ParserTestModel.Tagger, options with { Teachers = [folder.Path], TeacherWeight = 1 }, null);

        var taught = Heads(ParserEvaluator.ParseGoldWords(student, ParserTestModel.Tagger, sentences));
        var teachers = Heads(ParserEvaluator.ParseGoldWords(teacher, ParserTestModel.Tagger, sentences));
        var chained = Heads(chains);
        var withTeacher = taught.Zip(teachers).Count(p => p.First == p.Second) / (double)taught.Count;
        var withChains = taught.Zip(chained).Count(p => p.First == p.Second) / (double)taught.Count;
        Assert.InRange(withTeacher, 0.8, 1.0);
        Assert.True(withChains < withTeacher - 0.3, $"{withChains:P1} of the heads are the chains', {withTeacher:P1} the teacher's");
    }

    [SkippableFact]
    public void A_teacher_that_reads_supertags_needs_supertagged_training_words()
    {
        var sentences = Slice(40);
        var teacher = ParserTrainer.Train(sentences, null, ParserTestModel.Tagger,
            new ParserTrainingOptions { Seed = 7, Iterations = 1, SupertagIterations = 1, LstmUnits = 16, ScorerUnits = 16 }, null);
        using var folder = new TempDir();
        teacher.Save(folder.Path);

        var error = Assert.Throws<InvalidDataException>(() => ParserTrainer.Train(sentences, null, ParserTestModel.Tagger,
            new ParserTrainingOptions { Seed = 7, Iterations = 1, SupertagFolds = 0, Teachers = [folder.Path] }, null));

        Assert.Contains("--supertag-folds", error.Message);
    }

    [Fact]
    public void A_teachers_probabilities_cover_the_legal_transitions_and_the_relations_of_the_arc_but_the_roots()
    {
        var parser = new NeuralParser(new NeuralParserShape { WordDims = 8, Hidden = 16, ScorerHidden = 16 },
            new Dictionary<ulong, int>(), new Dictionary<ulong, int>(), new Dictionary<ulong, int>(), new Dictionary<ulong, int>());
        parser.Initialise(new Random(3));
        parser.Freeze();
        var state = new ParseState();
        ParserSentence.OfTree([-1, 2, 0, 2]).Load(state);
        var w = new NeuralWorkspace();
        parser.Prepare(state, w);
        state.Apply(ParseState.Shift, -1);
        state.Apply(ParseState.Shift, -1); // the root and two words on the stack: all three transitions could be made
        // the right arc is left out here, to see that it gets nothing
        bool[] legal = [true, true, false];
        var transitions = new float[ParseState.TransitionCount];
        var labels = new float[DependencyLabels.Count];

        parser.AddProbabilities(state, w, legal, ParseState.Left, 0.5f, transitions, labels);
        parser.AddProbabilities(state, w, legal, ParseState.Left, 0.5f, transitions, labels);

        Assert.Equal(1f, transitions.Sum(), 1e-5f);
        Assert.Equal(0f, transitions[2]);
        Assert.Equal(1f, labels.Sum(), 1e-5f);
        Assert.Equal(0f, labels[DependencyLabels.Root]);
        Assert.All(labels.Skip(1), p => Assert.True(p > 0));
    }

    private static ConlluSentence Chain(ConlluSentence sentence)
    {
        var chain = new ConlluSentence();
        chain.Words.AddRange(sentence.Words.Select(w => w with { Head = w.Id - 1, Deprel = w.Id == 1 ? "root" : "dep" }));
        return chain;
    }

    private static List<int> Heads(IEnumerable<ConlluSentence> sentences) => [.. sentences.SelectMany(s => s.Words.Select(w => w.Head))];
}
