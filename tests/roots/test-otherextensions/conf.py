project = "Diğer eklentilerle"
language = "tr"
extensions = ["sphinx.ext.todo", "caglossary"]
todo_include_todos = True
