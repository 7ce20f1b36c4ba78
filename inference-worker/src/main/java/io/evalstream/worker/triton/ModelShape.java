package io.evalstream.worker.triton;

/** The request layouts the worker knows (DESIGN §4). */
public enum ModelShape {
    /** vLLM backend: sampling_parameters JSON, one prompt per request. */
    VLLM,
    /** TensorRT-LLM ensemble: max_tokens/stop_words/temperature tensors, one prompt per request. */
    TRTLLM,
    /** One BYTES input and one BYTES output: several prompts per request when max_batch_size > 0. */
    PLAIN
}
