/**
 * The procedures partner and hub staff follow, as pure transition functions.
 */
package io.github.herenet.helium.recovery;
