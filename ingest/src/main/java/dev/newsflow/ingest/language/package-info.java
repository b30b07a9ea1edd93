/** Language detection with Lingua, restricted to common news languages. */
package dev.newsflow.ingest.language;
