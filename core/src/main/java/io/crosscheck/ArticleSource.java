package io.crosscheck;

import io.crosscheck.model.Article;
import io.crosscheck.model.FileError;
import io.crosscheck.text.ArticleReader;
import java.util.List;

/** Articles to analyse, handed over a chunk at a time: from a list, or read from files on demand. */
interface ArticleSource {
  int size();

  boolean hasNext();

  List<Article> next(int max);

  /** The files of the articles not handed over yet. */
  List<String> remaining();

  /** Inputs that could not be read, in reading order. */
  List<FileError> errors();

  static ArticleSource of(List<Article> articles, List<FileError> readErrors) {
    return new ArticleSource() {
      private int next;

      @Override
      public int size() {
        return articles.size();
      }

      @Override
      public boolean hasNext() {
        return next < articles.size();
      }

      @Override
      public List<Article> next(int max) {
        List<Article> out = articles.subList(next, Math.min(articles.size(), next + max));
        next += out.size();
        return out;
      }

      @Override
      public List<String> remaining() {
        return articles.subList(next, articles.size()).stream().map(Article::file).toList();
      }

      @Override
      public List<FileError> errors() {
        return readErrors;
      }
    };
  }

  /** Files read a chunk at a time: a large batch never holds the bodies it has not analysed yet. */
  static ArticleSource of(ArticleReader.Feed feed) {
    return new ArticleSource() {
      @Override
      public int size() {
        return feed.size();
      }

      @Override
      public boolean hasNext() {
        return feed.hasNext();
      }

      @Override
      public List<Article> next(int max) {
        return feed.next(max);
      }

      @Override
      public List<String> remaining() {
        return feed.remaining();
      }

      @Override
      public List<FileError> errors() {
        return feed.errors();
      }
    };
  }
}
