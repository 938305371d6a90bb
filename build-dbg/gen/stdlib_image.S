	.section .rodata
	.balign 16
	.globl golem_stdlib_image
golem_stdlib_image:
	.incbin "/work/main/build-dbg/gen/stdlib.img"
	.globl golem_stdlib_image_end
golem_stdlib_image_end:
	.section .note.GNU-stack,"",%progbits
