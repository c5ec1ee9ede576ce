package org.quotetrace.bench;

import java.util.Set;

/** A plain English stop list for the baselines' content-word gate (written for this bench). */
final class Stopwords {
  private Stopwords() {}

  static final Set<String> ENGLISH = Set.copyOf(java.util.List.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
      "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "down", "during",
      "each", "even", "ever", "every", "few", "for", "from", "further", "get", "got", "had",
      "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
      "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "like", "may",
      "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now",
      "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out",
      "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that",
      "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
      "those", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we",
      "well", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
      "with", "would", "yes", "yet", "you", "your", "yours", "yourself", "yourselves", "its",
      "im", "ive", "id", "ill", "youre", "weve", "were", "theyre", "dont", "doesnt", "didnt",
      "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "cant", "couldnt", "shouldnt",
      "thats", "theres", "lets", "hes", "shes", "really", "said", "say", "says", "going"));
}
