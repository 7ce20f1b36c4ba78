package io.evalstream.pipeline.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.QuestionBatch;
import io.evalstream.pipeline.RunControl;
import io.evalstream.pipeline.RunEvent;
import io.evalstream.pipeline.RunInfo;

class ProtobufDeserializerTest {

    @Test
    void aSerializedMessageReadsBackEqual() {
        QuestionBatch batch = QuestionBatch.newBuilder()
                .setRun(RunInfo.newBuilder().setRunId("r1").setModel("m"))
                .setBatchId("r1/0")
                .addQuestions(Question.newBuilder().setQuestionId("ceval/val/law/0").setPrompt("问题"))
                .build();
        byte[] bytes = new QuestionBatchSerializer().serialize("t", batch);
        assertEquals(batch, new QuestionBatchDeserializer().deserialize("t", bytes));
    }

    @Test
    void garbageNamesTheExpectedType() {
        SerializationException e = assertThrows(SerializationException.class, () -> new RunEventDeserializer()
                .deserialize("t", new byte[] {0x0f, (byte) 0xff, (byte) 0xfe}));
        assertTrue(e.getMessage().startsWith("not a RunEvent"), e.getMessage());
    }

    @Test
    void aMissingValueIsRejected() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> new QuestionBatchDeserializer().deserialize("t", null));
        assertEquals("record has no value, expected a QuestionBatch", e.getMessage());
    }

    @Test
    void anEmptyOrIncompleteMessageIsRejectedWithTheMissingField() {
        assertEquals("QuestionBatch without run id or model", assertThrows(SerializationException.class,
                () -> new QuestionBatchDeserializer().deserialize("t", new byte[0])).getMessage());
        byte[] noType = RunEvent.newBuilder().setRunId("r1").build().toByteArray();
        assertEquals("RunEvent for run r1 has no known type", assertThrows(SerializationException.class,
                () -> new RunEventDeserializer().deserialize("t", noType)).getMessage());
        byte[] noState = RunControl.newBuilder().setRunId("r1").build().toByteArray();
        assertEquals("RunControl for run r1 has no state", assertThrows(SerializationException.class,
                () -> new RunControlDeserializer().deserialize("t", noState)).getMessage());
    }

    @Test
    void aMessageOfAnotherTypeIsNotTakenForThisOne() {
        byte[] event = RunEvent.newBuilder().setRunId("r1").setType(RunEvent.Type.PROGRESS).build().toByteArray();
        assertThrows(SerializationException.class, () -> new QuestionBatchDeserializer().deserialize("t", event));
        byte[] text = "not a protobuf".getBytes(StandardCharsets.UTF_8);
        assertThrows(SerializationException.class, () -> new RunControlDeserializer().deserialize("t", text));
    }
}
