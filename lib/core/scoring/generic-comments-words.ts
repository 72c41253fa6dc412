// Vocabulary of content-free comments, written from general knowledge (never from the labelled
// benchmark sets, which only measure). Entries are plain lower-case words; the matcher folds
// accents and repeated letters on both sides, so "Bellissimooo" meets "bellissimo".

/** Praise or push words: a short comment needs at least one to count as generic. */
export const PRAISE_WORDS: readonly string[] = [
  // English
  'nice', 'wow', 'woah', 'whoa', 'love', 'loved', 'loving', 'lovely', 'like', 'liked', 'amazing', 'awesome',
  'beautiful', 'beauty', 'gorgeous', 'stunning', 'cute', 'cutie', 'cool', 'great', 'good', 'perfect', 'perfection',
  'wonderful', 'fantastic', 'excellent', 'incredible', 'pretty', 'fire', 'lit', 'omg', 'omfg', 'yay', 'superb',
  'brilliant', 'magnificent', 'epic', 'dope', 'goals', 'queen', 'king', 'slay', 'legend', 'iconic', 'vibes', 'fab',
  'fabulous', 'marvelous', 'marvellous', 'adorable', 'sweet', 'hot', 'sexy', 'bravo', 'inspiring', 'inspo',
  'best', 'masterpiece', 'nailed', 'killing', 'killed', 'outstanding', 'breathtaking', 'awsome', 'super', 'top',
  // Self-promotion pushes, the other content-free comment bots leave
  'follow', 'followback', 'check', 'subscribe', 'sub', 'f4f', 'l4l', 'sub4sub',
  // German
  'schön', 'wunderschön', 'toll', 'geil', 'hübsch', 'klasse', 'wahnsinn', 'krass', 'mega', 'süß', 'traumhaft',
  // French
  'beau', 'belle', 'magnifique', 'joli', 'jolie', 'superbe', 'génial', 'géniale', 'sublime', 'jadore', 'canon',
  'magnifiques',
  // Spanish / Portuguese
  'lindo', 'linda', 'lindos', 'lindas', 'hermoso', 'hermosa', 'precioso', 'preciosa', 'bonito', 'bonita', 'guapa',
  'guapo', 'genial', 'increíble', 'encanta', 'bello', 'bella', 'divino', 'divina', 'espectacular', 'maravilloso',
  'maravillosa', 'maravilhoso', 'maravilhosa', 'perfeito', 'perfeita', 'perfecto', 'perfecta', 'incrível', 'amei',
  'amo', 'demais', 'gata', 'gato', 'lindeza',
  // Italian
  'bellissimo', 'bellissima', 'bellissime', 'bellissimi', 'stupendo', 'stupenda', 'meraviglioso', 'meravigliosa',
  'bravissimo', 'bravissima', 'brava', 'carino', 'carina', 'fantastico', 'fantastica', 'splendido', 'splendida',
  // Dutch
  'mooi', 'mooie', 'prachtig', 'prachtige', 'leuk', 'gaaf', 'geweldig', 'schattig', 'vet',
];

/** Filler that carries no content on its own: pronouns, intensifiers, "pic", "page", "keep it up". */
export const FILLER_WORDS: readonly string[] = [
  // English
  'i', 'im', 'it', 'its', 'is', 'this', 'that', 'thats', 'so', 'very', 'really', 'such', 'a', 'an', 'the', 'what',
  'how', 'just', 'too', 'all', 'my', 'me', 'you', 'your', 'u', 'ur', 'and', 'of', 'oh', 'ah', 'absolutely',
  'totally', 'truly', 'always', 'look', 'looks', 'looking', 'pic', 'pics', 'picture', 'photo', 'photos', 'shot',
  'post', 'video', 'vid', 'content', 'view', 'outfit', 'style', 'feed', 'page', 'profile', 'account', 'one', 'back',
  'out', 'up', 'keep', 'work', 'job', 'much', 'damn', 'ever', 'channel', 'guys', 'are', 'was', 'we',
  'us', 'insta', 'on', 'for', 'xx', 'xoxo', 'pls', 'please', 'plz', 'here', 'there', 'stuff', 'thing',
  // German
  'sehr', 'das', 'ist', 'bild', 'foto', 'echt', 'einfach', 'wie', 'ich', 'du', 'bist', 'mein', 'meine',
  // French
  'tres', 'cest', 'est', 'ma', 'mon', 'ta', 'ton', 'la', 'le', 'tu', 'es', 'que', 'si', 'vraiment', 'trop',
  // Spanish / Portuguese
  'muy', 'el', 'los', 'las', 'fotos', 'eres', 'muito', 'é', 'e', 'tão', 'tan', 'mi', 'mais',
  'coisa', 'de', 'da', 'do', 'esta', 'está',
  // Italian
  'che', 'molto', 'sei', 'troppo', 'proprio',
  // Dutch
  'heel', 'wat', 'zo', 'erg', 'je', 'jij', 'mijn',
];
