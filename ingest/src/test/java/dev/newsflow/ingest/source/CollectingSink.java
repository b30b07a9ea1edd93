package dev.newsflow.ingest.source;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader found, for assertions. */
final class CollectingSink implements CandidateSink {

  final List<Candidate> candidates = new ArrayList<>();
  final List<String> rejections = new ArrayList<>();

  @Override
  public void accept(Candidate candidate) {
    candidates.add(candidate);
  }

  @Override
  public void reject(String origin, String reason) {
    rejections.add(origin + ": " + reason);
  }
}
